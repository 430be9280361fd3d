package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One option's expected value for a case.
 *
 * @param option            the option
 * @param available         false when the case lacks what the option needs (no guarantee, no collateral)
 * @param expectedRecovery  probability-weighted money expected, undiscounted and before costs, CNY scale 2
 * @param npv               expected net present value: discounted expected recoveries less costs, CNY scale 2
 *                          (null when not available)
 * @param assumptions       every input and assumption the figure rests on, by name, in computation order
 * @param explanation       the formula with its numbers, for the officer and the auditor
 */
public record OptionValuation(DisposalOption option, boolean available, BigDecimal expectedRecovery, BigDecimal npv,
                              Map<String, Object> assumptions, String explanation) {

    public OptionValuation {
        assumptions = assumptions == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assumptions));
    }

    static OptionValuation unavailable(DisposalOption option, String why) {
        return new OptionValuation(option, false, null, null, Map.of(), why);
    }
}
