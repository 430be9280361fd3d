package org.smecredit.collections.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Realized loss given default of a workout: the share of the exposure at default that was not recovered,
 * {@code max(0, 1 − recovered / EAD)}, rounded HALF_UP to 4 decimals (the precision LGDs are reported in).
 *
 * <p>This is the undiscounted, cost-free workout LGD. Basel II ¶468 asks for an economic loss (discounted, with
 * material collection costs); the disposal-strategy issue adds the discounting and costs. Over-recovery (penalty
 * interest, collateral surplus) floors the loss at 0.
 */
public final class RealizedLgd {
    public static final int SCALE = 4;

    private RealizedLgd() {
    }

    public static BigDecimal of(BigDecimal exposureAtDefault, BigDecimal recovered) {
        if (exposureAtDefault == null || exposureAtDefault.signum() <= 0) {
            throw new IllegalArgumentException("exposure at default must be positive");
        }
        if (recovered == null || recovered.signum() < 0) {
            throw new IllegalArgumentException("recovered must not be negative");
        }
        // (EAD − recovered) / EAD in one division: a single HALF_UP rounding, no double rounding
        BigDecimal loss = exposureAtDefault.subtract(recovered).divide(exposureAtDefault, SCALE, RoundingMode.HALF_UP);
        return loss.signum() < 0 ? BigDecimal.ZERO.setScale(SCALE) : loss;
    }
}
