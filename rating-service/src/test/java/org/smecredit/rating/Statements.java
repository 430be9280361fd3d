package org.smecredit.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.customer.v1.StatementFiled;

/** Test data: statements as customer-service publishes them. */
public final class Statements {
    private Statements() {
    }

    /**
     * A medium manufacturer the rule scorecard gives 62 points (BBB): debt/assets 0.60 (12), current ratio 1.20
     * (12), net margin 0.06 (12), interest cover 4.0 (16), cash flow/liabilities 0.1833 (10).
     */
    public static StatementFiled bbbManufacturer(UUID customerId, LocalDate periodEnd, int version) {
        return new StatementFiled(customerId, UUID.randomUUID(), periodEnd, version, true, "CNY",
                bd("10000000.00"), bd("6000000.00"), bd("4000000.00"), bd("3000000.00"), bd("2500000.00"),
                bd("15000000.00"), bd("1200000.00"), bd("900000.00"), bd("300000.00"), bd("1100000.00"));
    }

    /** A conservatively financed, profitable firm: 100 points (AAA). */
    public static StatementFiled aaaDistributor(UUID customerId, LocalDate periodEnd, int version) {
        return new StatementFiled(customerId, UUID.randomUUID(), periodEnd, version, true, "CNY",
                bd("10000000.00"), bd("3000000.00"), bd("7000000.00"), bd("5000000.00"), bd("2000000.00"),
                bd("20000000.00"), bd("3000000.00"), bd("2500000.00"), bd("100000.00"), bd("1500000.00"));
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
