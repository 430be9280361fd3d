package org.smecredit.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.StatementFiled;

/** Test data: customer-service's events about borrowers, as customer-service sends them. */
public final class Customers {
    /** A valid Unified Social Credit Code (GB 32100-2015 test vector). */
    public static final String USCC = "91110000600037341L";

    private Customers() {
    }

    public static CustomerRegistered registered(UUID customerId, String industryCode, String relationshipManager) {
        return new CustomerRegistered(customerId, USCC, "测试制造有限公司 " + customerId.toString().substring(0, 8),
                industryCode, "110108", 86, LocalDate.parse("2014-05-20"), relationshipManager);
    }

    /**
     * A statement of the period with the figures the covenants test (CNY); total assets = liabilities + equity, and
     * the rest derived so that the payload is complete.
     */
    public static StatementFiled statement(UUID customerId, String periodEnd, int version, String liabilities, String equity,
                                           String currentAssets, String currentLiabilities, String revenue,
                                           String operatingProfit, String interestExpense) {
        BigDecimal l = new BigDecimal(liabilities);
        BigDecimal e = new BigDecimal(equity);
        BigDecimal op = new BigDecimal(operatingProfit);
        BigDecimal interest = new BigDecimal(interestExpense);
        return new StatementFiled(customerId, UUID.randomUUID(), LocalDate.parse(periodEnd), version, true, "CNY",
                l.add(e), l, e, new BigDecimal(currentAssets), new BigDecimal(currentLiabilities), new BigDecimal(revenue),
                op, op.subtract(interest), interest, op);
    }

    /** The guarantor guarantees the borrower's debt; {@code members} is the circle both belong to. */
    public static GuaranteeLinked link(UUID guarantor, UUID borrower, String from, List<UUID> members) {
        return new GuaranteeLinked(UUID.randomUUID(), guarantor, borrower, new BigDecimal("3000000.00"),
                LocalDate.parse(from), null, members, false);
    }
}
