package org.smecredit.monitoring.restructuring;

import static org.smecredit.monitoring.repayment.RepaymentService.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.collections.v1.LoanRestructured;
import org.smecredit.monitoring.classification.Restructuring;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.monitoring.loan.Installment;
import org.smecredit.monitoring.loan.Loan;
import org.smecredit.monitoring.loan.LoanLocks;
import org.smecredit.monitoring.loan.LoanStatus;
import org.smecredit.monitoring.repayment.Repayment;
import org.smecredit.monitoring.repayment.RepaymentAllocation;
import org.smecredit.monitoring.repayment.RepaymentAllocation.PaidInstallment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.inbox.PoisonMessageException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A restructured loan (collections.loan-restructured.v1; CBIRC/PBOC Order [2023] No. 1 Arts. 17-21): its unpaid
 * remaining schedule is replaced by the new terms and it enters an observation period. Runs inside the inbox
 * transaction (the CloudEvent id dedupes; the same case's restructuring on the same date under another id is ignored).
 *
 * <ul>
 *   <li>Every existing installment keeps exactly what all repayments received so far paid of it (the waterfall), and
 *       nothing more: what was unpaid is now owed under the new schedule. Installments nothing was paid of go.</li>
 *   <li>The new installments ({@link RestructuredSchedule}) follow, numbered after the existing ones; the loan's
 *       principal becomes the principal repaid so far plus the restructured principal (which capitalises the overdue
 *       interest collections restructured), so the schedule's principal still adds up to the loan's; rate and
 *       maturity become the new terms'; {@code due_before} is recomputed and the repayments re-allocated.</li>
 *   <li>The class before the restructuring is kept: normal or special mention → at least special mention during
 *       observation; non-performing → no upgrade during observation ({@link Restructuring}). The observation period
 *       starts at the first repayment date after the modification and runs {@code observation-months} (≥ 1 year)
 *       and at least two repayment periods; the daily run restarts it on non-performance and ends it.</li>
 * </ul>
 * Schedules are rewritten with SQL (installment terms are not updatable through the entity).
 */
@ApplicationScoped
public class RestructuringService {
    private static final Logger LOG = Logger.getLogger(RestructuringService.class);

    private final AuditTrail audit;
    private final MonitoringConfig config;

    public RestructuringService(AuditTrail audit, MonitoringConfig config) {
        this.audit = audit;
        this.config = config;
    }

    public Uni<Void> restructured(LoanRestructured e, Actor actor) {
        return LoanLocks.lock(e.loanId())
                .chain(() -> Loan.<Loan>findById(e.loanId()))
                .chain(loan -> {
                    if (loan == null) {
                        throw new PoisonMessageException("restructuring of unknown loan " + e.loanId());
                    }
                    if (e.caseId().equals(loan.restructuringCaseId) && e.restructuredOn().equals(loan.restructuredOn)) {
                        LOG.infof("restructuring of loan %s by case %s on %s already applied; ignored", loan.id,
                                e.caseId(), e.restructuredOn());
                        return Uni.createFrom().voidItem();
                    }
                    if (loan.status != LoanStatus.ACTIVE) {
                        throw new PoisonMessageException("loan " + loan.id + " is " + loan.status
                                + "; nothing to restructure");
                    }
                    if (!loan.currency.equals(e.currency())) {
                        throw new PoisonMessageException("restructuring in " + e.currency() + " of loan " + loan.id
                                + " in " + loan.currency);
                    }
                    return Installment.ofLoan(loan.id).chain(installments -> Repayment.ofLoan(loan.id)
                            .chain(repayments -> apply(e, loan, installments, repayments, actor)));
                });
    }

    private Uni<Void> apply(LoanRestructured e, Loan loan, List<Installment> installments, List<Repayment> repayments,
                            Actor actor) {
        BigDecimal principal = money(e.principal(), "restructured principal");
        var payments = repayments.stream().filter(p -> p.currency.equals(loan.currency)).map(Repayment::payment).toList();
        var before = RepaymentAllocation.allocate(installments.stream().map(Installment::scheduled).toList(), payments);
        // what stays of the old schedule: exactly what was paid of each installment
        List<ScheduledInstallment> kept = new ArrayList<>();
        int lastNumber = 0;
        for (PaidInstallment p : before.installments()) {
            lastNumber = Math.max(lastNumber, p.number());
            if (p.principalPaid().signum() > 0 || p.interestPaid().signum() > 0) {
                kept.add(new ScheduledInstallment(p.number(), p.dueDate(), p.principalPaid(), p.interestPaid()));
            }
        }
        List<ScheduledInstallment> added;
        try {
            added = RestructuredSchedule.of(principal, e.annualRate(), e.termMonths(), e.monthlyPayment(),
                    e.firstDueDate(), lastNumber + 1);
        } catch (IllegalArgumentException invalid) {
            throw new PoisonMessageException("restructuring of loan " + loan.id + ": " + invalid.getMessage());
        }
        List<ScheduledInstallment> schedule = new ArrayList<>(kept);
        schedule.addAll(added);
        BigDecimal newPrincipal = before.principalPaid().add(principal);
        var after = RepaymentAllocation.allocate(schedule, payments);
        int months = config.restructuring().observationMonths();
        var until = Restructuring.observationUntil(e.firstDueDate(),
                added.size() > 1 ? added.get(1).dueDate() : null, months);
        var maturity = added.get(added.size() - 1).dueDate();
        LoanCategory prior = loan.category == null ? LoanCategory.NORMAL : loan.category;

        Map<String, Object> beforeState = new LinkedHashMap<>();
        beforeState.put("principal", loan.principal);
        beforeState.put("outstandingPrincipal", loan.principal.subtract(before.principalPaid()));
        beforeState.put("annualRate", loan.annualRate);
        beforeState.put("maturityDate", loan.maturityDate);
        beforeState.put("installments", installments.size());
        beforeState.put("category", loan.category);
        beforeState.put("observationUntil", loan.observationUntil);
        Map<String, Object> afterState = new LinkedHashMap<>();
        afterState.put("caseId", e.caseId());
        afterState.put("restructuredOn", e.restructuredOn());
        afterState.put("principal", newPrincipal);
        afterState.put("outstandingPrincipal", principal);
        afterState.put("annualRate", e.annualRate());
        afterState.put("termMonths", e.termMonths());
        afterState.put("monthlyPayment", e.monthlyPayment());
        afterState.put("maturityDate", maturity);
        afterState.put("installmentsKept", kept.size());
        afterState.put("installmentsAdded", added.size());
        afterState.put("categoryBefore", prior);
        afterState.put("observationStart", e.firstDueDate());
        afterState.put("observationUntil", until);
        afterState.put("proposedBy", e.proposedBy());
        afterState.put("approvedBy", e.approvedBy());

        return Panache.getSession().chain(s -> {
            Uni<Void> chain = s.createNativeQuery("DELETE FROM installment WHERE loan_id = ?1")
                    .setParameter(1, loan.id).executeUpdate().replaceWithVoid();
            // due_before and paid amounts on the new schedule, in due order
            List<Installment> rows = new ArrayList<>();
            Map<Integer, PaidInstallment> paid = new java.util.HashMap<>();
            after.installments().forEach(p -> paid.put(p.number(), p));
            for (ScheduledInstallment si : schedule) {
                Installment i = new Installment();
                i.number = si.number();
                i.dueDate = si.dueDate();
                i.principalDue = si.principalDue();
                i.interestDue = si.interestDue();
                i.principalPaid = paid.get(si.number()).principalPaid();
                i.interestPaid = paid.get(si.number()).interestPaid();
                rows.add(i);
            }
            Installment.accumulateDueBefore(rows);
            for (Installment i : rows) {
                chain = chain.chain(() -> s.createNativeQuery("""
                                INSERT INTO installment (loan_id, number, due_date, principal_due, interest_due,
                                                         principal_paid, interest_paid, due_before)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                        .setParameter(1, loan.id).setParameter(2, i.number).setParameter(3, i.dueDate)
                        .setParameter(4, i.principalDue).setParameter(5, i.interestDue)
                        .setParameter(6, i.principalPaid).setParameter(7, i.interestPaid)
                        .setParameter(8, i.dueBefore)
                        .executeUpdate().replaceWithVoid());
            }
            return chain.chain(() -> s.createNativeQuery("""
                            UPDATE loan SET principal = ?2, annual_rate = ?3, maturity_date = greatest(maturity_date, ?4),
                                   unapplied_credit = ?5, restructured_on = ?6, restructuring_case_id = ?7,
                                   pre_restructuring_category = ?8, observation_start = ?9, observation_until = ?10,
                                   observation_months = ?11, observation_ended_on = NULL, version = version + 1
                            WHERE id = ?1""")
                    .setParameter(1, loan.id).setParameter(2, newPrincipal).setParameter(3, e.annualRate())
                    .setParameter(4, maturity).setParameter(5, after.unappliedCredit())
                    .setParameter(6, e.restructuredOn()).setParameter(7, e.caseId()).setParameter(8, prior.name())
                    .setParameter(9, e.firstDueDate()).setParameter(10, until).setParameter(11, months)
                    .executeUpdate().replaceWithVoid());
        })
                // the managed loan and installments are stale now: nothing of them may be flushed over the SQL
                .chain(() -> Panache.getSession()).invoke(s -> {
                    s.detach(loan);
                    installments.forEach(s::detach);
                })
                .chain(() -> audit.record(actor, "loan.restructured", "loan", loan.id, beforeState, afterState))
                .invoke(() -> LOG.infof("loan %s restructured by case %s: %s over %d months from %s, observation until %s",
                        loan.id, e.caseId(), principal, e.termMonths(), e.firstDueDate(), until));
    }
}
