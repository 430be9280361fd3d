package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A strategy choice as shown on the wire (the valuation it rests on is in the audit trail and the strategy view). */
public record ChoiceView(UUID id, UUID caseId, DisposalOption strategy, StrategyChoice.Status status,
                         BigDecimal expectedNpv, DisposalOption recommendedStrategy, BigDecimal recommendedNpv,
                         boolean belowRecommendation, BigDecimal exposure, BigDecimal discountRate, String reason,
                         String chosenBy, Instant chosenAt, String decidedBy, Instant decidedAt,
                         String decisionComment, LocalDate effectiveOn) {

    public static ChoiceView of(StrategyChoice c) {
        return new ChoiceView(c.id, c.caseId, c.strategy, c.status, c.expectedNpv, c.recommendedStrategy,
                c.recommendedNpv, c.belowRecommendation(), c.exposure, c.discountRate, c.reason, c.chosenBy,
                c.chosenAt, c.decidedBy, c.decidedAt, c.decisionComment, c.effectiveOn);
    }
}
