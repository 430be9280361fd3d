package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

import org.smecredit.collections.strategy.CollateralType;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One action a collector took on a case. Owns its status machine:
 *
 * <pre>
 *   CONTACT             LOGGED (final)
 *   PROMISE_TO_PAY      OPEN ──promise check──▶ KEPT | BROKEN;  OPEN ──collector──▶ CANCELLED
 *   LEGAL_STEP          IN_PROGRESS ──▶ COMPLETED | ABANDONED
 *   COLLATERAL_AUCTION  SCHEDULED ──▶ SOLD (price booked as a recovery) | UNSOLD | CANCELLED
 *   GUARANTOR_DEMAND    ISSUED ──▶ PAID (payment booked as a recovery) | REFUSED | WITHDRAWN
 *   anything else ──▶ 409 illegal-transition
 * </pre>
 * Amounts in the case currency, scale 2.
 */
@Entity
@Table(name = "case_action")
public class CaseAction extends PanacheEntityBase {
    public static final String AGGREGATE = "case action";

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ActionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    /** Business date of the contact, promise, legal step, auction or demand. */
    @Column(name = "occurred_on", nullable = false, updatable = false)
    public LocalDate occurredOn;

    /** Promise: pay by this date; guarantor demand: the date the guarantor must pay by. */
    @Column(name = "due_date", updatable = false)
    public LocalDate dueDate;

    /** Promise: promised amount; auction: reserve price; guarantor demand: amount demanded. */
    @Column(updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public ContactChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_step", updatable = false)
    public LegalStepType legalStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "collateral_type", updatable = false)
    public CollateralType collateralType;

    /** Who was contacted, the court, the auction house or the guarantor. */
    @Column(updatable = false)
    public String counterpart;

    /** Court docket, auction lot, letter number. */
    @Column(updatable = false)
    public String reference;

    @Column(updatable = false)
    public String note;

    /** Promise: recovered in its window when judged; auction: the hammer price; demand: the guarantor's payment. */
    @Column(name = "realized_amount")
    public BigDecimal realizedAmount;

    /** Costs the bank paid for this action (legal fees, auction fees); they count against recoveries in the LGD. */
    @Column(nullable = false)
    public BigDecimal costs;

    /** The recovery booked from this action (auction SOLD, demand PAID). */
    @Column(name = "recovery_id")
    public UUID recoveryId;

    @Column(name = "outcome_on")
    public LocalDate outcomeOn;

    @Column(name = "outcome_note")
    public String outcomeNote;

    @Column(name = "outcome_by")
    public String outcomeBy;

    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** SHA-256 of the request that created the action: the same Idempotency-Key with another body is refused. */
    @Column(name = "request_fingerprint", updatable = false)
    public String requestFingerprint;

    @Column(name = "outcome_idempotency_key")
    public String outcomeIdempotencyKey;

    @Version
    public long version;

    /** A new action of {@code kind} in its first status; the caller fills the kind's own fields. */
    public static CaseAction record(UUID id, UUID caseId, ActionKind kind, LocalDate occurredOn, String currency,
                                    String actor, Instant now) {
        CaseAction a = new CaseAction();
        a.id = Objects.requireNonNull(id);
        a.caseId = Objects.requireNonNull(caseId);
        a.kind = Objects.requireNonNull(kind);
        a.status = kind.initial();
        a.occurredOn = Objects.requireNonNull(occurredOn);
        a.currency = Objects.requireNonNull(currency);
        a.costs = BigDecimal.ZERO.setScale(2);
        a.recordedBy = Objects.requireNonNull(actor);
        a.recordedAt = now;
        return a;
    }

    /**
     * Records the outcome a collector reports. SOLD and PAID need the realized amount (the caller books it as a
     * recovery); costs may be added on any outcome.
     *
     * @throws ProblemException 409 illegal-transition when the action is no longer pending or the outcome does not
     *                          belong to its kind; 422 amount-required for SOLD or PAID without an amount
     */
    public void recordOutcome(ActionStatus outcome, BigDecimal realized, BigDecimal addedCosts, String note,
                              LocalDate today, String actor, Instant now) {
        Objects.requireNonNull(outcome, "outcome");
        if (!status.isPending() || !kind.outcomesByHand().contains(outcome)) {
            throw ProblemException.illegalTransition(AGGREGATE, kind + " " + status, "become " + outcome);
        }
        boolean bringsMoney = outcome == ActionStatus.SOLD || outcome == ActionStatus.PAID;
        if (bringsMoney && (realized == null || realized.signum() <= 0)) {
            throw ProblemException.unprocessable("amount-required", "realizedAmount",
                    outcome + " needs the amount realized (greater than 0)");
        }
        if (!bringsMoney && realized != null) {
            throw ProblemException.unprocessable("amount-not-applicable", "realizedAmount",
                    outcome + " brings no money: leave realizedAmount out");
        }
        this.status = outcome;
        this.realizedAmount = bringsMoney ? realized.setScale(2, RoundingMode.UNNECESSARY) : null;
        addCosts(addedCosts);
        finish(note, today, actor, now);
    }

    /** The promise check's verdict on an open promise. */
    public void judgePromise(ActionStatus verdict, BigDecimal recoveredInWindow, LocalDate today, String actor,
                             Instant now) {
        if (kind != ActionKind.PROMISE_TO_PAY || status != ActionStatus.OPEN
                || (verdict != ActionStatus.KEPT && verdict != ActionStatus.BROKEN)) {
            throw ProblemException.illegalTransition(AGGREGATE, kind + " " + status, "be judged " + verdict);
        }
        this.status = verdict;
        this.realizedAmount = recoveredInWindow.setScale(2, RoundingMode.UNNECESSARY);
        finish(verdict == ActionStatus.BROKEN
                ? "due " + dueDate + ": recovered " + realizedAmount + " of " + amount + " promised"
                : "recovered " + realizedAmount + " of " + amount + " promised by " + dueDate, today, actor, now);
    }

    private void addCosts(BigDecimal added) {
        if (added != null) {
            costs = costs.add(added).setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    private void finish(String note, LocalDate today, String actor, Instant now) {
        this.outcomeNote = note;
        this.outcomeOn = Objects.requireNonNull(today);
        this.outcomeBy = actor;
        this.outcomeAt = now;
    }
}
