package org.smecredit.monitoring.loan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.classification.LoanClassification;
import org.smecredit.monitoring.classification.Restructuring;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * A risk manager's judgment of a loan's five-category class. CBIRC/PBOC Order [2023] No. 1: the overdue and
 * restructuring rules are "at least" floors and qualitative criteria (Arts. 10-13) can only push an asset lower, so a
 * judgment must be worse than the loan's floor and can never make it better. It takes effect from the next daily
 * run, which classifies the loan as the worst of its floors and the judgment and publishes the change
 * (monitoring.loan-classified.v1); until then the loan keeps its class. Recording and withdrawing are audited.
 */
@ApplicationScoped
public class RiskJudgmentService {
    private final AuditTrail audit;
    private final MonitoringConfig config;

    public RiskJudgmentService(AuditTrail audit, MonitoringConfig config) {
        this.audit = audit;
        this.config = config;
    }

    /**
     * The class the rules give the loan without any judgment, from its last assessment: the overdue floor of its
     * days past due, the restructuring floor while under observation, and substandard when credit-impaired (an open
     * default episode). NORMAL before the first daily run.
     */
    public LoanCategory floor(Loan loan) {
        int dpd = loan.daysPastDue == null ? 0 : loan.daysPastDue;
        LoanCategory overdue = LoanClassification.categoryFloor(dpd, config.classification().technicalGraceDays());
        Optional<Restructuring.Observation> observation = loan.observationUntil == null ? Optional.empty()
                : Optional.of(new Restructuring.Observation(loan.observationStart, loan.observationUntil,
                        loan.observationMonths, loan.preRestructuringCategory, loan.observationEndedOn));
        LoanCategory floors = LoanClassification.category(overdue, Restructuring.floor(observation), null, false);
        boolean openDefault = loan.defaultedOn != null
                && (loan.restoredOn == null || loan.restoredOn.isBefore(loan.defaultedOn));
        return LoanClassification.category(overdue, Restructuring.floor(observation), null,
                LoanClassification.creditImpaired(dpd, openDefault, floors));
    }

    /** Records (or replaces) the judgment: 422 naming {@code category} unless it is worse than the floor. */
    @WithTransaction
    public Uni<LoanView.JudgmentView> judge(UUID loanId, JudgmentRequest request, Actor actor) {
        return lockedActive(loanId, "record a judgment on").chain(loan -> {
            LoanCategory floor = floor(loan);
            if (request.category().ordinal() <= floor.ordinal()) {
                return Uni.createFrom().failure(ProblemException.unprocessable("judgment-not-worse-than-floor",
                                "category", "a judgment can only make a loan worse than its floor: " + request.category()
                                        + " is not worse than " + floor)
                        .with("floorCategory", floor.name()));
            }
            Map<String, Object> before = state(loan);
            loan.judgmentCategory = request.category();
            loan.judgmentReason = request.reason().strip();
            loan.judgmentBy = actor.name();
            loan.judgmentAt = Instant.now();
            Map<String, Object> after = state(loan);
            after.put("floorCategory", floor);
            return audit.record(actor, "loan.judgment-recorded", "loan", loan.id, before, after)
                    .replaceWith(new LoanView.JudgmentView(loan.judgmentCategory, loan.judgmentReason,
                            loan.judgmentBy, loan.judgmentAt));
        });
    }

    /** Withdraws the judgment: from the next daily run the floors alone decide. 404 when there is none. */
    @WithTransaction
    public Uni<Void> withdraw(UUID loanId, Actor actor) {
        return lockedActive(loanId, "withdraw a judgment on").chain(loan -> {
            if (loan.judgmentCategory == null) {
                return Uni.createFrom().failure(ProblemException.notFound("judgment of loan", loanId));
            }
            Map<String, Object> before = state(loan);
            loan.judgmentCategory = null;
            loan.judgmentReason = null;
            loan.judgmentBy = null;
            loan.judgmentAt = null;
            return audit.record(actor, "loan.judgment-withdrawn", "loan", loan.id, before, state(loan));
        });
    }

    private static Uni<Loan> lockedActive(UUID loanId, String action) {
        return LoanLocks.lock(loanId)
                .chain(() -> Loan.<Loan>findById(loanId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("loan", loanId))
                .chain(loan -> loan.status != LoanStatus.ACTIVE
                        ? Uni.createFrom().failure(ProblemException.illegalTransition("loan", loan.status, action))
                        : Uni.createFrom().item(loan));
    }

    private static Map<String, Object> state(Loan loan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", loan.category);
        m.put("judgmentCategory", loan.judgmentCategory);
        m.put("judgmentReason", loan.judgmentReason);
        m.put("judgmentBy", loan.judgmentBy);
        return m;
    }
}
