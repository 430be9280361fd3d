package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The strategy of a case: every option's expected NPV with the assumptions behind it, the recommendation and why,
 * the officer-entered inputs, and the choices made so far (oldest first; {@code current} is the latest CHOSEN).
 */
public record StrategyView(UUID caseId, String currency, BigDecimal exposure, BigDecimal discountRate,
                           StrategyInputsRequest inputs, String inputsEnteredBy, Instant inputsEnteredAt,
                           List<OptionValuation> options, DisposalOption recommended, String reason,
                           ChoiceView current, List<ChoiceView> choices) {
}
