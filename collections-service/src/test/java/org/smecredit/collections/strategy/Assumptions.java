package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.util.Map;

/** Mother of {@link StrategyAssumptions} with round numbers for hand computation (d = 12 % → 1 % a month). */
final class Assumptions {
    private Assumptions() {
    }

    static StrategyAssumptions handy() {
        return new StrategyAssumptions(
                new BigDecimal("0.12"),
                new StrategyAssumptions.Recovery(new BigDecimal("0.10"), 6, new BigDecimal("2000")),
                new StrategyAssumptions.Restructuring(new BigDecimal("0.06"), 36, new BigDecimal("0.5"), 12,
                        new BigDecimal("5000")),
                new StrategyAssumptions.GuarantorClaim(12, new BigDecimal("0.5"), new BigDecimal("10000")),
                new StrategyAssumptions.Enforcement(new BigDecimal("20000"), new BigDecimal("0.05"), Map.of(
                        CollateralType.REAL_ESTATE, terms("0.30", 18),
                        CollateralType.EQUIPMENT, terms("0.50", 12),
                        CollateralType.RECEIVABLES, terms("0.40", 6),
                        CollateralType.INVENTORY, terms("0.60", 6),
                        CollateralType.DEPOSIT, terms("0", 1),
                        CollateralType.OTHER, terms("0.60", 12))),
                new StrategyAssumptions.Recovery(new BigDecimal("0.30"), 3, BigDecimal.ZERO),
                new StrategyAssumptions.Recovery(new BigDecimal("0.05"), 24, BigDecimal.ZERO));
    }

    private static StrategyAssumptions.CollateralTerms terms(String haircut, int months) {
        return new StrategyAssumptions.CollateralTerms(new BigDecimal(haircut), months);
    }
}
