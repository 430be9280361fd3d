package org.smecredit.monitoring.repayment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Allocates repayments to a loan's schedule: oldest due installment first and, within an installment, interest
 * before principal (the usual waterfall of Chinese commercial banks' loan contracts). Money received beyond the
 * whole schedule is unapplied credit.
 *
 * <p>The allocation is recomputed from the full set of repayments every time, taken in value-date then id order,
 * so repayments arriving late, out of order or twice (deduplicated by id before this) always give the same state.
 * Pure: no framework, no I/O.
 */
public final class RepaymentAllocation {

    /** One scheduled installment; amounts CNY scale 2. */
    public record ScheduledInstallment(int number, LocalDate dueDate, BigDecimal principalDue, BigDecimal interestDue) {
    }

    /** One repayment booked by core banking. */
    public record Payment(UUID repaymentId, LocalDate valueDate, BigDecimal amount) {
    }

    /** An installment with what has been paid against it. */
    public record PaidInstallment(int number, LocalDate dueDate, BigDecimal principalDue, BigDecimal interestDue,
                                  BigDecimal principalPaid, BigDecimal interestPaid) {

        public BigDecimal unpaidPrincipal() {
            return principalDue.subtract(principalPaid);
        }

        public BigDecimal unpaidInterest() {
            return interestDue.subtract(interestPaid);
        }

        public BigDecimal unpaid() {
            return unpaidPrincipal().add(unpaidInterest());
        }

        public boolean fullyPaid() {
            return unpaid().signum() <= 0;
        }
    }

    /** The schedule with paid amounts, in due order, and the credit left over. */
    public record Result(List<PaidInstallment> installments, BigDecimal unappliedCredit) {

        public BigDecimal principalPaid() {
            return installments.stream().map(PaidInstallment::principalPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Value date, then repayment id: the canonical order in which repayments are applied. */
    public static final Comparator<Payment> APPLICATION_ORDER =
            Comparator.comparing(Payment::valueDate).thenComparing(Payment::repaymentId);

    private static final Comparator<ScheduledInstallment> DUE_ORDER =
            Comparator.comparing(ScheduledInstallment::dueDate).thenComparingInt(ScheduledInstallment::number);

    private RepaymentAllocation() {
    }

    public static Result allocate(Collection<ScheduledInstallment> schedule, Collection<Payment> payments) {
        List<ScheduledInstallment> due = schedule.stream().sorted(DUE_ORDER).toList();
        BigDecimal[] principalPaid = new BigDecimal[due.size()];
        BigDecimal[] interestPaid = new BigDecimal[due.size()];
        for (int i = 0; i < due.size(); i++) {
            principalPaid[i] = zero();
            interestPaid[i] = zero();
        }
        BigDecimal credit = zero();
        for (Payment p : payments.stream().sorted(APPLICATION_ORDER).toList()) {
            BigDecimal left = p.amount();
            for (int i = 0; i < due.size() && left.signum() > 0; i++) {
                ScheduledInstallment s = due.get(i);
                BigDecimal interest = left.min(s.interestDue().subtract(interestPaid[i]));
                interestPaid[i] = interestPaid[i].add(interest);
                left = left.subtract(interest);
                BigDecimal principal = left.min(s.principalDue().subtract(principalPaid[i]));
                principalPaid[i] = principalPaid[i].add(principal);
                left = left.subtract(principal);
            }
            credit = credit.add(left);
        }
        List<PaidInstallment> out = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            ScheduledInstallment s = due.get(i);
            out.add(new PaidInstallment(s.number(), s.dueDate(), s.principalDue(), s.interestDue(),
                    principalPaid[i], interestPaid[i]));
        }
        return new Result(List.copyOf(out), credit);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
