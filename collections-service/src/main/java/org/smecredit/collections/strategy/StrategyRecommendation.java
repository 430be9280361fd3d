package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every option valued, and the one with the highest expected NPV (ties: the earlier {@link DisposalOption}).
 *
 * @param discountRate the annual discount rate used (monthly compounding)
 */
public record StrategyRecommendation(BigDecimal exposure, BigDecimal discountRate, List<OptionValuation> options,
                                     DisposalOption recommended, String reason) {

    public StrategyRecommendation {
        options = List.copyOf(options);
    }

    public OptionValuation valuationOf(DisposalOption option) {
        return options.stream().filter(o -> o.option() == option).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not valued: " + option));
    }

    public BigDecimal recommendedNpv() {
        return valuationOf(recommended).npv();
    }
}
