package org.smecredit.monitoring.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.rating.CustomerPd;
import org.smecredit.monitoring.repayment.Repayment;

/**
 * A monitored loan as the API answers it. Outstanding principal and paid amounts reflect every repayment received;
 * days past due, category, stage and ECL are those of the last daily run ({@code assessedOn}), null before it.
 */
public record LoanView(
        UUID loanId,
        UUID applicationId,
        UUID customerId,
        String currency,
        BigDecimal principal,
        BigDecimal annualRate,
        LocalDate disbursedOn,
        LocalDate maturityDate,
        String grade,
        BigDecimal lgd,
        /** The one-year PD that ECL uses: the borrower's latest rating, else the PD at origination. */
        BigDecimal pd,
        /** RATING or ORIGINATION. */
        String pdSource,
        LoanStatus status,
        BigDecimal outstandingPrincipal,
        BigDecimal unappliedCredit,
        LocalDate assessedOn,
        Integer daysPastDue,
        LoanCategory category,
        Integer stage,
        BigDecimal ecl,
        LocalDate defaultedOn,
        /** When a run found the loan current again after {@code defaultedOn} (monitoring.loan-restored), else null. */
        LocalDate restoredOn,
        List<InstallmentView> installments,
        List<RepaymentView> repayments,
        /** The risk manager's judgment in force, null for none (applied from the next daily run). */
        JudgmentView judgment,
        /** The latest restructuring and its observation period, null if never restructured. */
        RestructuringView restructuring) {

    public record JudgmentView(LoanCategory category, String reason, String judgedBy, java.time.Instant judgedAt) {
    }

    public record RestructuringView(LocalDate restructuredOn, UUID caseId, LoanCategory categoryBefore,
                                    LocalDate observationStart, LocalDate observationUntil,
                                    LocalDate observationEndedOn) {
    }

    public record InstallmentView(int number, LocalDate dueDate, BigDecimal principalDue, BigDecimal interestDue,
                                  BigDecimal principalPaid, BigDecimal interestPaid, boolean fullyPaid) {
    }

    public record RepaymentView(UUID repaymentId, BigDecimal amount, LocalDate valueDate, String reference) {
    }

    static LoanView of(Loan l, List<Installment> installments, List<Repayment> repayments, CustomerPd rating,
                      LocalDate lastAssessed) {
        BigDecimal principalPaid = installments.stream().map(i -> i.principalPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new LoanView(l.id, l.applicationId, l.customerId, l.currency, l.principal, l.annualRate, l.disbursedOn,
                l.maturityDate, l.grade, l.lgd, rating != null ? rating.pd : l.pd,
                rating != null ? "RATING" : "ORIGINATION", l.status, l.principal.subtract(principalPaid),
                l.unappliedCredit, lastAssessed != null ? lastAssessed : l.assessedOn, l.daysPastDue, l.category, l.stage,
                l.ecl, l.defaultedOn, l.restoredOn,
                installments.stream().map(i -> new InstallmentView(i.number, i.dueDate, i.principalDue, i.interestDue,
                        i.principalPaid, i.interestPaid,
                        i.principalPaid.compareTo(i.principalDue) >= 0 && i.interestPaid.compareTo(i.interestDue) >= 0))
                        .toList(),
                repayments.stream().map(p -> new RepaymentView(p.repaymentId, p.amount, p.valueDate, p.reference)).toList(),
                l.judgmentCategory == null ? null
                        : new JudgmentView(l.judgmentCategory, l.judgmentReason, l.judgmentBy, l.judgmentAt),
                l.restructuredOn == null ? null
                        : new RestructuringView(l.restructuredOn, l.restructuringCaseId, l.preRestructuringCategory,
                                l.observationStart, l.observationUntil, l.observationEndedOn));
    }
}
