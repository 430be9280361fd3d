package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Length;

import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A disposal strategy chosen for a case, with the valuation it was chosen on. Owns the four-eyes rule:
 *
 * <pre>
 *   choose (expected NPV ≥ recommended NPV) ──▶ CHOSEN
 *   choose (below the recommendation, with a reason) ──▶ PENDING_APPROVAL ──approve (another user)──▶ CHOSEN
 *                                                                      └──reject (another user)──▶ REJECTED
 *   self-approval ──▶ 403 four-eyes; anything else ──▶ 409 illegal transition
 * </pre>
 */
@Entity
@Table(name = "strategy_choice")
public class StrategyChoice extends PanacheEntityBase {
    public static final String AGGREGATE = "strategy choice";

    public enum Status { PENDING_APPROVAL, CHOSEN, REJECTED }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DisposalOption strategy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "expected_npv", nullable = false, updatable = false)
    public BigDecimal expectedNpv;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_strategy", nullable = false, updatable = false)
    public DisposalOption recommendedStrategy;

    @Column(name = "recommended_npv", nullable = false, updatable = false)
    public BigDecimal recommendedNpv;

    @Column(nullable = false, updatable = false)
    public BigDecimal exposure;

    @Column(name = "discount_rate", nullable = false, updatable = false)
    public BigDecimal discountRate;

    public String reason;

    /** The whole valuation (every option, its assumptions and NPV) as JSON, as it stood at the choice. */
    @Column(nullable = false, updatable = false, length = Length.LONG32)
    public String valuation;

    @Column(name = "chosen_by", nullable = false, updatable = false)
    public String chosenBy;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    public Instant chosenAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    /** Business date the strategy took effect (CHOSEN). */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Version
    public long version;

    /**
     * A collector's choice. Following the recommendation (or anything expected to recover at least as much) takes
     * effect at once; a choice below it needs a reason and waits for a second approver.
     *
     * @throws ProblemException 422 strategy-not-available when the case lacks what the option needs,
     *                          422 reason-required for a choice below the recommendation without a reason
     */
    public static StrategyChoice choose(UUID id, UUID caseId, StrategyRecommendation r, DisposalOption option,
                                        String reason, String valuationJson, String actor, LocalDate today,
                                        Instant now) {
        OptionValuation chosen = r.valuationOf(Objects.requireNonNull(option));
        if (!chosen.available()) {
            throw ProblemException.unprocessable("strategy-not-available", "strategy",
                    option + " is not available for this case: " + chosen.explanation());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean belowRecommendation = chosen.npv().compareTo(r.recommendedNpv()) < 0;
        if (belowRecommendation && why == null) {
            throw ProblemException.unprocessable("reason-required", "reason",
                    option + " is expected to recover " + chosen.npv() + ", less than the recommended "
                            + r.recommended() + " (" + r.recommendedNpv() + "): give a reason; a second approver "
                            + "must confirm");
        }
        StrategyChoice c = new StrategyChoice();
        c.id = id;
        c.caseId = caseId;
        c.strategy = option;
        c.expectedNpv = chosen.npv();
        c.recommendedStrategy = r.recommended();
        c.recommendedNpv = r.recommendedNpv();
        c.exposure = r.exposure();
        c.discountRate = r.discountRate();
        c.reason = why;
        c.valuation = valuationJson;
        c.chosenBy = actor;
        c.chosenAt = now;
        if (belowRecommendation) {
            c.status = Status.PENDING_APPROVAL;
        } else {
            c.status = Status.CHOSEN;
            c.effectiveOn = today;
        }
        return c;
    }

    /** The strategy in effect on a case: the CHOSEN choice that took effect last; null item when none. */
    public static io.smallrye.mutiny.Uni<StrategyChoice> inEffect(UUID caseId) {
        return StrategyChoice.<StrategyChoice>find("caseId = ?1 and status = ?2 "
                + "order by coalesce(decidedAt, chosenAt) desc, id desc", caseId, Status.CHOSEN).firstResult();
    }

    /** Whether the choice needs (or needed) a second approver. */
    public boolean belowRecommendation() {
        return expectedNpv.compareTo(recommendedNpv) < 0;
    }

    /**
     * The second approver's decision on a choice below the recommendation.
     *
     * @throws ProblemException 403 four-eyes when the approver made the choice; 409 when it is not pending
     */
    public void decide(boolean approve, String comment, String approver, LocalDate today, Instant now) {
        if (status != Status.PENDING_APPROVAL) {
            throw ProblemException.illegalTransition(AGGREGATE, status, approve ? "approve" : "reject");
        }
        if (approver.equals(chosenBy)) {
            throw ProblemException.forbidden("four-eyes",
                    "the collector who chose " + strategy + " cannot approve it: a second person must");
        }
        decidedBy = approver;
        decidedAt = now;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (approve) {
            status = Status.CHOSEN;
            effectiveOn = today;
        } else {
            status = Status.REJECTED;
        }
    }

    /** The second approver of a CHOSEN choice, null when none was needed. */
    public String approvedBy() {
        return status == Status.CHOSEN && belowRecommendation() ? decidedBy : null;
    }
}
