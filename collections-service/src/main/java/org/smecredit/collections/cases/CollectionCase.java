package org.smecredit.collections.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The collection case of a defaulted loan (or of a substandard one, opened on demand): the aggregate that owns its
 * state machine.
 *
 * <pre>
 *   (default | on demand) ──open──▶ OPEN ──recovery (total ≥ EAD)──▶ CLOSED / REPAID_IN_FULL
 *                        │  └─close(SETTLED | WRITTEN_OFF)──▶ CLOSED / SETTLED | WRITTEN_OFF
 *                        └─recovery (total &lt; EAD)──▶ OPEN
 *   CLOSED / WRITTEN_OFF ──recovery──▶ CLOSED / WRITTEN_OFF (counted: the bank keeps its claim)
 *   anything else ─────────────────▶ 409 illegal transition
 * </pre>
 *
 * Amounts are in the case currency (CNY), scale 2. Callers persist, audit and publish; this class decides.
 */
@Entity
@Table(name = "collection_case")
public class CollectionCase extends PanacheEntityBase {
    public static final String AGGREGATE = "collection case";

    @Id
    public UUID id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "outstanding_principal", nullable = false, updatable = false)
    public BigDecimal outstandingPrincipal;

    @Column(name = "overdue_interest", nullable = false, updatable = false)
    public BigDecimal overdueInterest;

    @Column(name = "exposure_at_default", nullable = false, updatable = false)
    public BigDecimal exposureAtDefault;

    @Column(name = "total_recovered", nullable = false)
    public BigDecimal totalRecovered;

    @Column(name = "days_past_due", nullable = false, updatable = false)
    public int daysPastDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_at_default", nullable = false, updatable = false)
    public LoanCategory categoryAtDefault;

    /** Principal disbursed, when the loan is known from origination's events. */
    @Column(name = "disbursed_principal", updatable = false)
    public BigDecimal disbursedPrincipal;

    /** Business date: the default date reported by monitoring. */
    @Column(name = "opened_on", nullable = false, updatable = false)
    public LocalDate openedOn;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    /** The {@code monitoring.loan-defaulted.v1} CloudEvent that opened the case. */
    @Column(name = "default_event_id", updatable = false)
    public UUID defaultEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CaseOrigin origin;

    /** ON_DEMAND: who opened the case and why. */
    @Column(name = "opened_by", updatable = false)
    public String openedBy;

    @Column(name = "opening_reason", updatable = false)
    public String openingReason;

    /** ON_DEMAND: the client's Idempotency-Key, unique per person who opened. */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closure_reason")
    public String closureReason;

    @Version
    public long version;

    /** What a recovery did to the case. */
    public enum RecoveryEffect {
        /** Counted; the case stays open. */
        COUNTED,
        /** Counted, and it brought recovered to date to the exposure: the case closed REPAID_IN_FULL. */
        CLOSED_REPAID_IN_FULL,
        /** Counted on a written-off case, which stays closed. */
        COUNTED_AFTER_WRITE_OFF
    }

    /**
     * Opens the case of a loan that defaulted. Exposure at default = outstanding principal + overdue interest.
     *
     * @param defaultEventId the CloudEvent that reported the default
     */
    public static CollectionCase open(UUID id, LoanDefaulted d, UUID defaultEventId, String assignedTo,
                                      BigDecimal disbursedPrincipal, Instant now) {
        Objects.requireNonNull(d, "default");
        BigDecimal ead = ExposureAtDefault.of(d.outstandingPrincipal(), d.overdueInterest());
        if (ead.signum() <= 0) {
            throw new IllegalArgumentException("a default without exposure cannot open a collection case");
        }
        CollectionCase c = new CollectionCase();
        c.id = Objects.requireNonNull(id);
        c.loanId = Objects.requireNonNull(d.loanId());
        c.customerId = Objects.requireNonNull(d.customerId());
        c.status = CaseStatus.OPEN;
        c.currency = d.currency();
        c.outstandingPrincipal = d.outstandingPrincipal().setScale(2, RoundingMode.HALF_UP);
        c.overdueInterest = d.overdueInterest().setScale(2, RoundingMode.HALF_UP);
        c.exposureAtDefault = ead;
        c.totalRecovered = BigDecimal.ZERO.setScale(2);
        c.daysPastDue = d.daysPastDue();
        c.categoryAtDefault = d.category();
        c.disbursedPrincipal = disbursedPrincipal;
        c.openedOn = Objects.requireNonNull(d.defaultDate());
        c.openedAt = now;
        c.defaultEventId = defaultEventId;
        c.origin = CaseOrigin.DEFAULT;
        c.assignedTo = assignedTo;
        return c;
    }

    /**
     * Opens a case on demand for a loan monitoring classified substandard or worse. Exposure = the outstanding
     * principal of the latest classification (collections does not learn overdue interest before a default);
     * {@code openedOn} = today's business date; the class at opening stands where a default's class would.
     *
     * @throws ProblemException 422 not-substandard when the loan is classified better than substandard
     */
    public static CollectionCase openOnDemand(UUID id, UUID loanId, UUID customerId, LoanCategory category,
                                              int daysPastDue, BigDecimal outstandingPrincipal, String currency,
                                              String assignedTo, BigDecimal disbursedPrincipal, LocalDate today,
                                              String actor, String reason, String idempotencyKey, Instant now) {
        if (category != LoanCategory.SUBSTANDARD && category != LoanCategory.DOUBTFUL && category != LoanCategory.LOSS) {
            throw ProblemException.unprocessable("not-substandard", "loanId", "loan " + loanId + " is classified "
                    + category + ": cases open on demand only for substandard, doubtful or loss loans");
        }
        BigDecimal ead = ExposureAtDefault.of(outstandingPrincipal, BigDecimal.ZERO);
        if (ead.signum() <= 0) {
            throw ProblemException.unprocessable("nothing-to-collect", "loanId",
                    "loan " + loanId + " has no outstanding principal");
        }
        CollectionCase c = new CollectionCase();
        c.id = Objects.requireNonNull(id);
        c.loanId = Objects.requireNonNull(loanId);
        c.customerId = Objects.requireNonNull(customerId);
        c.status = CaseStatus.OPEN;
        c.currency = Objects.requireNonNull(currency);
        c.outstandingPrincipal = ead;
        c.overdueInterest = BigDecimal.ZERO.setScale(2);
        c.exposureAtDefault = ead;
        c.totalRecovered = BigDecimal.ZERO.setScale(2);
        c.daysPastDue = daysPastDue;
        c.categoryAtDefault = category;
        c.disbursedPrincipal = disbursedPrincipal;
        c.openedOn = Objects.requireNonNull(today);
        c.openedAt = now;
        c.origin = CaseOrigin.ON_DEMAND;
        c.openedBy = Objects.requireNonNull(actor);
        c.openingReason = reason;
        c.idempotencyKey = idempotencyKey;
        c.assignedTo = assignedTo;
        return c;
    }

    /**
     * Books money recovered on this case. On an open case it closes the case REPAID_IN_FULL once recovered to
     * date reaches the exposure at default; on a written-off case it is counted and the case stays closed.
     *
     * @throws ProblemException 409 illegal-transition when the case was settled or repaid in full
     */
    public RecoveryEffect recordRecovery(BigDecimal amount, LocalDate today, String actor, Instant now) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a recovery is a positive amount with at most 2 decimals");
        }
        if (status == CaseStatus.CLOSED && !outcome.acceptsLaterRecoveries()) {
            throw ProblemException.illegalTransition(AGGREGATE, state(), "record a recovery");
        }
        totalRecovered = totalRecovered.add(amount).setScale(2, RoundingMode.UNNECESSARY);
        if (status == CaseStatus.CLOSED) {
            return RecoveryEffect.COUNTED_AFTER_WRITE_OFF;
        }
        if (totalRecovered.compareTo(exposureAtDefault) >= 0) {
            closeAs(CaseOutcome.REPAID_IN_FULL, "recovered to date reached the exposure at default", today, actor, now);
            return RecoveryEffect.CLOSED_REPAID_IN_FULL;
        }
        return RecoveryEffect.COUNTED;
    }

    /**
     * Closes an open case by a collector's decision.
     *
     * @param outcome SETTLED or WRITTEN_OFF; REPAID_IN_FULL is reached by recoveries, never declared
     * @throws ProblemException 409 illegal-transition when the case is already closed; 422 for REPAID_IN_FULL
     */
    public void close(CaseOutcome outcome, String reason, LocalDate today, String actor, Instant now) {
        if (outcome == null || outcome == CaseOutcome.REPAID_IN_FULL) {
            throw ProblemException.unprocessable("outcome-not-declarable", "outcome",
                    "a case closes REPAID_IN_FULL only when recoveries reach the exposure; declare SETTLED or WRITTEN_OFF");
        }
        if (status != CaseStatus.OPEN) {
            throw ProblemException.illegalTransition(AGGREGATE, state(), "close as " + outcome);
        }
        closeAs(outcome, reason, today, actor, now);
    }

    private void closeAs(CaseOutcome outcome, String reason, LocalDate today, String actor, Instant now) {
        this.status = CaseStatus.CLOSED;
        this.outcome = outcome;
        this.closureReason = reason;
        this.closedOn = Objects.requireNonNull(today);
        this.closedBy = actor;
        this.closedAt = now;
    }

    /**
     * Whether a default report for a loan with these cases opens a new case; empty when it does, else why not.
     * One loan has at most one open case. A written-off claim keeps being worked on its case and a settled loan
     * has no claim left, so their defaults open nothing; a loan repaid in full may default again, but only a
     * default dated after that case closed is a new one (an older report is stale).
     */
    public static Optional<String> whyNoNewCase(List<CollectionCase> casesOfLoan, LocalDate defaultDate) {
        Optional<CollectionCase> open = casesOfLoan.stream().filter(c -> c.status == CaseStatus.OPEN).findFirst();
        if (open.isPresent()) {
            return Optional.of("case " + open.get().id + " is open");
        }
        Optional<CollectionCase> latest = casesOfLoan.stream()
                .max(Comparator.comparing((CollectionCase c) -> c.openedOn).thenComparing(c -> c.openedAt));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CollectionCase last = latest.get();
        if (last.outcome != CaseOutcome.REPAID_IN_FULL) {
            return Optional.of("case " + last.id + " is " + last.state() + ": the claim is no longer collectable afresh");
        }
        if (!defaultDate.isAfter(last.closedOn)) {
            return Optional.of("the default of " + defaultDate + " predates the repayment in full of case " + last.id
                    + " on " + last.closedOn);
        }
        return Optional.empty();
    }

    /**
     * Of all cases of one loan, the one that money booked by core banking counts on: the open case; without one,
     * the latest case if it was written off (the bank keeps its claim). Empty when the loan has no case, or its
     * latest case was settled or repaid in full: such money is not a recovery.
     */
    public static Optional<CollectionCase> receivingRepayments(List<CollectionCase> casesOfLoan) {
        Optional<CollectionCase> open = casesOfLoan.stream().filter(c -> c.status == CaseStatus.OPEN).findFirst();
        if (open.isPresent()) {
            return open;
        }
        return casesOfLoan.stream()
                .max(Comparator.comparing((CollectionCase c) -> c.openedOn).thenComparing(c -> c.openedAt))
                .filter(c -> c.outcome.acceptsLaterRecoveries());
    }

    /** Realized LGD at the current recovered to date (final once closed, except after a write-off). */
    public BigDecimal realizedLgd() {
        return RealizedLgd.of(exposureAtDefault, totalRecovered);
    }

    /** Exposure not yet recovered, never below 0. */
    public BigDecimal remainingExposure() {
        BigDecimal rest = exposureAtDefault.subtract(totalRecovered);
        return rest.signum() < 0 ? BigDecimal.ZERO.setScale(2) : rest;
    }

    /** {@code OPEN} or {@code CLOSED (SETTLED)}: the state as named in problems and the audit trail. */
    public String state() {
        return status == CaseStatus.CLOSED ? status + " (" + outcome + ")" : status.name();
    }
}
