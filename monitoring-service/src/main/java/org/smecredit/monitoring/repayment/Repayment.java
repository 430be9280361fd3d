package org.smecredit.monitoring.repayment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Money core banking booked on a loan. The id is core banking's repaymentId, so a booking delivered twice has one
 * row. {@code appliedAt} stays null while the loan is not known here yet (a pending repayment).
 */
@Entity
@Table(name = "repayment")
public class Repayment extends PanacheEntityBase {
    @Id
    @Column(name = "repayment_id")
    public UUID repaymentId;

    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "value_date", nullable = false, updatable = false)
    public LocalDate valueDate;

    @Column(updatable = false)
    public String reference;

    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    @Column(name = "applied_at")
    public Instant appliedAt;

    public RepaymentAllocation.Payment payment() {
        return new RepaymentAllocation.Payment(repaymentId, valueDate, amount);
    }

    public static Uni<List<Repayment>> ofLoan(UUID loanId) {
        return list("loanId", Sort.by("valueDate").and("repaymentId"), loanId);
    }

    public static Uni<List<Repayment>> ofLoans(Collection<UUID> loanIds) {
        return list("loanId in ?1", Sort.by("loanId").and("valueDate").and("repaymentId"), loanIds);
    }
}
