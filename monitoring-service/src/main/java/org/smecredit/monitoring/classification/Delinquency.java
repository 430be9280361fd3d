package org.smecredit.monitoring.classification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.smecredit.monitoring.repayment.RepaymentAllocation.PaidInstallment;

/** Days past due of a loan. Pure. */
public final class Delinquency {
    private Delinquency() {
    }

    /** The oldest installment due on or before {@code asOf} that is not fully paid (principal and interest). */
    public static Optional<PaidInstallment> oldestUnpaid(Collection<PaidInstallment> installments, LocalDate asOf) {
        return installments.stream()
                .filter(i -> !i.dueDate().isAfter(asOf) && !i.fullyPaid())
                .min(Comparator.comparing(PaidInstallment::dueDate).thenComparingInt(PaidInstallment::number));
    }

    /**
     * Days since the due date of the oldest unpaid installment due on or before {@code asOf}; 0 when nothing due
     * is unpaid. An installment due today is not yet past due (0 days).
     */
    public static int daysPastDue(Collection<PaidInstallment> installments, LocalDate asOf) {
        return oldestUnpaid(installments, asOf)
                .map(i -> (int) ChronoUnit.DAYS.between(i.dueDate(), asOf))
                .orElse(0);
    }
}
