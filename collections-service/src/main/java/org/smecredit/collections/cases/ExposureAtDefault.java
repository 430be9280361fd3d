package org.smecredit.collections.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exposure at default of a defaulted loan as collections works it: outstanding principal plus overdue interest on
 * the default date, in the loan currency (CNY), scale 2 HALF_UP. Penalty interest accrued after default is not
 * part of it; it is recovered, if at all, on top.
 */
public final class ExposureAtDefault {
    private ExposureAtDefault() {
    }

    public static BigDecimal of(BigDecimal outstandingPrincipal, BigDecimal overdueInterest) {
        if (outstandingPrincipal == null || overdueInterest == null) {
            throw new IllegalArgumentException("outstanding principal and overdue interest are required");
        }
        if (outstandingPrincipal.signum() < 0 || overdueInterest.signum() < 0) {
            throw new IllegalArgumentException("outstanding principal and overdue interest must not be negative");
        }
        return outstandingPrincipal.add(overdueInterest).setScale(2, RoundingMode.HALF_UP);
    }
}
