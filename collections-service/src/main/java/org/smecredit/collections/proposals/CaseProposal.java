package org.smecredit.collections.proposals;

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

import org.smecredit.collections.strategy.DisposalStrategy;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A restructuring or write-off proposed by a collector; it takes effect only when another person approves it.
 *
 * <pre>
 *   propose ──▶ PENDING_APPROVAL ──approve (not the proposer)──▶ APPROVED
 *                               └──reject (not the proposer)──▶ REJECTED
 *   decision by the proposer ──▶ 403 four-eyes; a decided proposal ──▶ 409 illegal transition
 * </pre>
 */
@Entity
@Table(name = "case_proposal")
public class CaseProposal extends PanacheEntityBase {
    public static final String AGGREGATE = "proposal";

    public enum Status { PENDING_APPROVAL, APPROVED, REJECTED }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProposalKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Restructuring: the new annual rate. */
    @Column(name = "annual_rate", updatable = false)
    public BigDecimal annualRate;

    /** Restructuring: the new term. */
    @Column(name = "term_months", updatable = false)
    public Integer termMonths;

    /** Set on approval: the exposure restructured or written off (exposure at default less recovered to date). */
    public BigDecimal principal;

    /** Restructuring, set on approval: level monthly payment, HALF_UP to 2 decimals. */
    @Column(name = "monthly_payment")
    public BigDecimal monthlyPayment;

    /** Restructuring, set on approval: one month after the approval (the observation period starts here). */
    @Column(name = "first_due_date")
    public LocalDate firstDueDate;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public Instant proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Version
    public long version;

    public static CaseProposal restructuring(UUID id, UUID caseId, BigDecimal annualRate, int termMonths,
                                             String reason, String actor, Instant now) {
        CaseProposal p = propose(id, caseId, ProposalKind.RESTRUCTURING, reason, actor, now);
        p.annualRate = Objects.requireNonNull(annualRate);
        p.termMonths = termMonths;
        return p;
    }

    public static CaseProposal writeOff(UUID id, UUID caseId, String reason, String actor, Instant now) {
        return propose(id, caseId, ProposalKind.WRITE_OFF, reason, actor, now);
    }

    private static CaseProposal propose(UUID id, UUID caseId, ProposalKind kind, String reason, String actor,
                                        Instant now) {
        CaseProposal p = new CaseProposal();
        p.id = id;
        p.caseId = caseId;
        p.kind = kind;
        p.status = Status.PENDING_APPROVAL;
        p.reason = Objects.requireNonNull(reason).strip();
        p.proposedBy = actor;
        p.proposedAt = now;
        return p;
    }

    /**
     * The second person's decision. Approving fixes the amounts on the exposure still owed at that moment
     * ({@code outstanding}): a restructuring gets its level monthly payment and first due date one month on.
     *
     * @throws ProblemException 403 four-eyes when the decider proposed it; 409 when already decided
     */
    public void decide(boolean approve, String comment, BigDecimal outstanding, String approver, LocalDate today,
                       Instant now) {
        if (status != Status.PENDING_APPROVAL) {
            throw ProblemException.illegalTransition(AGGREGATE, status, approve ? "approve" : "reject");
        }
        if (approver.equals(proposedBy)) {
            throw ProblemException.forbidden("four-eyes",
                    "the collector who proposed the " + kind + " cannot decide on it: a second person must");
        }
        decidedBy = approver;
        decidedAt = now;
        decidedOn = today;
        decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approve) {
            status = Status.REJECTED;
            return;
        }
        status = Status.APPROVED;
        principal = outstanding;
        if (kind == ProposalKind.RESTRUCTURING) {
            monthlyPayment = DisposalStrategy.annuityPayment(outstanding,
                    annualRate.divide(BigDecimal.valueOf(12), java.math.MathContext.DECIMAL128), termMonths)
                    .setScale(2, RoundingMode.HALF_UP);
            firstDueDate = today.plusMonths(1);
        }
    }
}
