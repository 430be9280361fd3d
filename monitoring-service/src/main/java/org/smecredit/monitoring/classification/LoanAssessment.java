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
        boolean fullyRepaid) {

    /** The loan's terms that the assessment needs. */
    public record Terms(BigDecimal principal, LocalDate maturityDate, BigDecimal oneYearPd, BigDecimal lgd) {
    }

    public static LoanAssessment assess(Terms terms, Collection<ScheduledInstallment> schedule,
                                        Collection<Payment> payments, LocalDate asOf, int technicalGraceDays) {
        var valued = payments.stream().filter(p -> !p.valueDate().isAfter(asOf)).toList();
        var allocation = RepaymentAllocation.allocate(schedule, valued);
        var installments = allocation.installments();

        int dpd = Delinquency.daysPastDue(installments, asOf);
        LoanCategory category = LoanClassification.categoryFloor(dpd, technicalGraceDays);
        int stage = LoanClassification.stage(dpd);

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
                terms.lgd(), ecl, Delinquency.oldestUnpaid(installments, asOf), repaid);
    }
}
