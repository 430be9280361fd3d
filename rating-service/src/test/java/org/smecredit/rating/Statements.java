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
     * A medium manufacturer the fitted scorecard fin-scorecard-1.0.0 gives 44 points (BB-): base 15 + net margin
     * 0.06 (8 of 10) + interest cover 4.0 (16 of 16) + current ratio 1.20 (3 of 7) + equity/assets 0.40 (2 of 4).
     */
    public static StatementFiled bbbManufacturer(UUID customerId, LocalDate periodEnd, int version) {
        return new StatementFiled(customerId, UUID.randomUUID(), periodEnd, version, true, "CNY",
                bd("10000000.00"), bd("6000000.00"), bd("4000000.00"), bd("3000000.00"), bd("2500000.00"),
                bd("15000000.00"), bd("1200000.00"), bd("900000.00"), bd("300000.00"), bd("1100000.00"));
    }

    /**
     * A conservatively financed, very profitable firm: 52 points (BB), the best this model can assign: base 15 + net
     * margin 0.2273 (10) + interest cover 30 (16) + current ratio 2.5 (7) + equity/assets 0.70 (4).
     */
    public static StatementFiled aaaDistributor(UUID customerId, LocalDate periodEnd, int version) {
        return new StatementFiled(customerId, UUID.randomUUID(), periodEnd, version, true, "CNY",
                bd("10000000.00"), bd("3000000.00"), bd("7000000.00"), bd("5000000.00"), bd("2000000.00"),
                bd("11000000.00"), bd("3000000.00"), bd("2500000.00"), bd("100000.00"), bd("1500000.00"));
    }

    private static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }
}
