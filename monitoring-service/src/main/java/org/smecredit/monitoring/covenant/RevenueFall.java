package org.smecredit.monitoring.covenant;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sharp revenue fall: revenue below (1 − threshold) of the comparable period's (the same period a year earlier, so
 * that interim statements are compared with interims of the same length and season). Pure.
 */
public final class RevenueFall {
    private RevenueFall() {
    }

    /**
     * The fall as a decimal (0.35 = revenue 35 % lower) when it is sharp, i.e. revenue &lt; previous × (1 −
     * threshold); null otherwise, and when either revenue is unknown or the previous one is not positive.
     */
    public static BigDecimal sharpFall(BigDecimal revenue, BigDecimal previousRevenue, BigDecimal threshold) {
        if (revenue == null || previousRevenue == null || previousRevenue.signum() <= 0) {
            return null;
        }
        BigDecimal floor = previousRevenue.multiply(BigDecimal.ONE.subtract(threshold));
        if (revenue.compareTo(floor) >= 0) {
            return null;
        }
        return previousRevenue.subtract(revenue).divide(previousRevenue, 6, RoundingMode.HALF_UP);
    }
}
