package org.smecredit.monitoring.classification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.repayment.RepaymentAllocation;
import org.smecredit.monitoring.repayment.RepaymentAllocation.PaidInstallment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.Payment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

/**
 * A loan's state on a business date: days past due, five-category floor, IFRS 9 stage and ECL, computed from the
 * schedule and the repayments whose value date is on or before that date (a repayment booked late with an earlier
 * value date counts from its value date). Pure.
 */
public record LoanAssessment(
        LocalDate asOf,
        int daysPastDue,
        LoanCategory category,
        int stage,
        BigDecimal outstandingPrincipal,
        /** Principal of installments due on or before asOf, unpaid. */
        BigDecimal overduePrincipal,
        /** Interest of installments due on or before asOf, unpaid ("accrued unpaid interest due"). */
        BigDecimal overdueInterest,
        BigDecimal ead,
        BigDecimal pd,
        BigDecimal lgd,
        BigDecimal ecl,
        Optional<PaidInstallment> oldestUnpaid,
        boolean fullyRepaid,
        /** IFRS 9 §5.5.3 triggers other than days past due: downgrade since origination, watch list. */
        boolean otherSicr,
        /** The restructuring observation period after this date's assessment (restarted or ended), if any. */
        Optional<Restructuring.Observation> observation) {

    /** The loan's terms that the assessment needs. */
    public record Terms(BigDecimal principal, LocalDate maturityDate, BigDecimal oneYearPd, BigDecimal lgd) {
    }

    /**
     * What the assessment needs beyond the schedule: the grades at origination and now (rating), the downgrade in
     * notches that is a significant increase in credit risk, whether the borrower is on the watch list, whether the
     * loan is in an open default episode (defaulted, not yet restored), its restructuring observation period and a
     * risk manager's judgment (null for none).
     */
    public record Context(String gradeAtOrigination, String currentGrade, int sicrDowngradeNotches,
                          boolean watchListed, boolean inOpenDefaultEpisode,
                          Optional<Restructuring.Observation> observation, LoanCategory judgment) {
        /** No rating change, no watch list, never defaulted, never restructured, no judgment. */
        public static final Context NONE = new Context(null, null, 3, false, false, Optional.empty(), null);

        boolean downgraded() {
            return GradeScale.notchesDown(gradeAtOrigination, currentGrade).orElse(0) >= sicrDowngradeNotches;
        }
    }

    public static LoanAssessment assess(Terms terms, Collection<ScheduledInstallment> schedule,
                                        Collection<Payment> payments, LocalDate asOf, int technicalGraceDays) {
        return assess(terms, schedule, payments, asOf, technicalGraceDays, Context.NONE);
    }

    public static LoanAssessment assess(Terms terms, Collection<ScheduledInstallment> schedule,
                                        Collection<Payment> payments, LocalDate asOf, int technicalGraceDays,
                                        Context context) {
        var valued = payments.stream().filter(p -> !p.valueDate().isAfter(asOf)).toList();
        var allocation = RepaymentAllocation.allocate(schedule, valued);
        var installments = allocation.installments();

        int dpd = Delinquency.daysPastDue(installments, asOf);
        var observation = Restructuring.after(context.observation(), asOf, dpd, technicalGraceDays);
        LoanCategory overdueFloor = LoanClassification.categoryFloor(dpd, technicalGraceDays);
        LoanCategory restructuringFloor = Restructuring.floor(observation);
        LoanCategory floorsAndJudgment = LoanClassification.category(overdueFloor, restructuringFloor,
                context.judgment(), false);
        boolean impaired = LoanClassification.creditImpaired(dpd, context.inOpenDefaultEpisode(), floorsAndJudgment);
        LoanCategory category = LoanClassification.category(overdueFloor, restructuringFloor, context.judgment(),
                impaired);
        boolean otherSicr = context.downgraded() || context.watchListed();
        int stage = LoanClassification.stage(dpd, impaired, otherSicr);

        BigDecimal outstanding = terms.principal().subtract(allocation.principalPaid());
        BigDecimal overduePrincipal = BigDecimal.ZERO.setScale(2);
        BigDecimal overdueInterest = BigDecimal.ZERO.setScale(2);
        for (PaidInstallment i : installments) {
            if (!i.dueDate().isAfter(asOf)) {
                overduePrincipal = overduePrincipal.add(i.unpaidPrincipal());
                overdueInterest = overdueInterest.add(i.unpaidInterest());
            }
        }
        // EAD = outstanding principal + accrued unpaid interest due
        BigDecimal ead = outstanding.add(overdueInterest);
        BigDecimal pd = ExpectedCreditLoss.probabilityOfDefault(stage, terms.oneYearPd(), asOf, terms.maturityDate());
        BigDecimal ecl = ExpectedCreditLoss.ecl(pd, terms.lgd(), ead);
        boolean repaid = installments.stream().allMatch(PaidInstallment::fullyPaid);
        return new LoanAssessment(asOf, dpd, category, stage, outstanding, overduePrincipal, overdueInterest, ead, pd,
                terms.lgd(), ecl, Delinquency.oldestUnpaid(installments, asOf), repaid, otherSicr, observation);
    }
}
