package org.smecredit.origination.borrower;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.contracts.LoanCategory;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * What monitoring last reported about one loan of a borrower ({@code monitoring.loan-classified.v1},
 * {@code loan-defaulted.v1}, {@code loan-restored.v1}). The borrower's {@link CreditBlock} lasts while any of its
 * loans is {@link #nonPerforming} (in default, or classified substandard or worse: CBIRC/PBOC Order [2023] No. 1),
 * and its {@link CreditWatch} while any is special mention.
 */
@Entity
@Table(name = "loan_credit_state")
public class LoanCreditState extends PanacheEntityBase {
    @Id
    @Column(name = "loan_id")
    public UUID loanId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    /** Latest five-category class reported; null while only a default is known. */
    @Enumerated(EnumType.STRING)
    public LoanCategory category;

    /** In default or classified substandard or worse, until monitoring reports it restored to a performing class. */
    @Column(name = "non_performing", nullable = false)
    public boolean nonPerforming;

    /** Business date of the current (or last) default. */
    @Column(name = "defaulted_on")
    public LocalDate defaultedOn;

    /** Business date of the last cure. */
    @Column(name = "restored_on")
    public LocalDate restoredOn;

    @Column(nullable = false)
    public String reason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Special mention and performing: puts the borrower on watch. */
    public boolean specialMention() {
        return !nonPerforming && category == LoanCategory.SPECIAL_MENTION;
    }
}
