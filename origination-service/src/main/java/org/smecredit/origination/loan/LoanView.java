package org.smecredit.origination.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smecredit.origination.pricing.Rates;
import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.RepaymentType;

/**
 * A loan with its repayment schedule, as the API answers it. While CONTRACTED the schedule is provisional (from the
 * contract date) and {@code disbursedOn} is null; from the disbursement it runs from the value date.
 */
public record LoanView(UUID id, UUID applicationId, UUID customerId, ProductCode productCode, BigDecimal principal,
                       String currency, BigDecimal annualRate, int termMonths, BigDecimal monthlyPayment,
                       BigDecimal totalInterest, LocalDate disbursedOn, LocalDate maturityDate, String grade,
                       BigDecimal pd, BigDecimal lgd, UUID disbursementInstructionId, Instant bookedAt,
                       String bookedBy, List<InstallmentView> schedule, RepaymentType repaymentType,
                       BigDecimal securedShare, Loan.Status status, LocalDate contractedOn,
                       LocalDate latestDrawdownDate, Instant disbursedAt, String disbursedBy) {

    public record InstallmentView(int number, LocalDate dueDate, BigDecimal payment, BigDecimal principal,
                                  BigDecimal interest, BigDecimal outstandingAfter) {
    }

    static LoanView of(Loan l, List<LoanInstallment> installments) {
        List<InstallmentView> schedule = installments.stream()
                .map(i -> new InstallmentView(i.number, i.dueDate, i.payment, i.principal, i.interest, i.outstandingAfter))
                .toList();
        BigDecimal totalInterest = installments.stream().map(i -> i.interest).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new LoanView(l.id, l.applicationId, l.customerId, l.productCode, l.principal, l.currency,
                Rates.normalize(l.annualRate), l.termMonths, l.monthlyPayment, totalInterest, l.disbursedOn,
                l.maturityDate, l.grade, Rates.normalize(l.pd), Rates.normalize(l.lgd), l.disbursementInstructionId,
                l.bookedAt, l.bookedBy, schedule,
                l.repaymentType == null ? RepaymentType.EQUAL_INSTALLMENT : l.repaymentType,
                l.securedShare == null ? null : Rates.normalize(l.securedShare), l.status, l.contractedOn,
                l.latestDrawdownDate, l.disbursedAt, l.disbursedBy);
    }
}
