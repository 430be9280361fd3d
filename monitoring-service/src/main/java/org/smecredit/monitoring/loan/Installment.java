package org.smecredit.monitoring.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** One installment of a loan's schedule with what has been paid against it. */
@Entity
@Table(name = "installment")
public class Installment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;

    @Column(name = "principal_due", nullable = false, updatable = false)
    public BigDecimal principalDue;

    @Column(name = "interest_due", nullable = false, updatable = false)
    public BigDecimal interestDue;

    /**
     * Principal and interest due on the installments ahead of this one in due order (due date, then number): the
     * repayment waterfall reaches this installment once that much has been paid. Set at booking; used by the
     * set-based daily run.
     */
    @Column(name = "due_before", nullable = false, updatable = false)
    public BigDecimal dueBefore;

    @Column(name = "principal_paid", nullable = false)
    public BigDecimal principalPaid;

    @Column(name = "interest_paid", nullable = false)
    public BigDecimal interestPaid;

    /** Sets {@link #dueBefore} on a loan's whole schedule, walking it in due order. */
    public static void accumulateDueBefore(List<Installment> schedule) {
        BigDecimal ahead = BigDecimal.ZERO.setScale(2);
        for (Installment i : schedule.stream()
                .sorted(java.util.Comparator.comparing((Installment x) -> x.dueDate).thenComparingInt(x -> x.number))
                .toList()) {
            i.dueBefore = ahead;
            ahead = ahead.add(i.principalDue).add(i.interestDue);
        }
    }

    public ScheduledInstallment scheduled() {
        return new ScheduledInstallment(number, dueDate, principalDue, interestDue);
    }

    public static Uni<List<Installment>> ofLoan(UUID loanId) {
        return list("loanId", Sort.by("number"), loanId);
    }

    public static Uni<List<Installment>> ofLoans(Collection<UUID> loanIds) {
        return list("loanId in ?1", Sort.by("loanId").and("number"), loanIds);
    }
}
