package org.smecredit.origination.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One installment of a loan's contractual repayment schedule. Amounts CNY scale 2. */
@Entity
@Table(name = "loan_installment")
public class LoanInstallment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "due_date", nullable = false, updatable = false)
    public LocalDate dueDate;

    @Column(nullable = false, updatable = false)
    public BigDecimal payment;

    @Column(nullable = false, updatable = false)
    public BigDecimal principal;

    @Column(nullable = false, updatable = false)
    public BigDecimal interest;

    @Column(name = "outstanding_after", nullable = false, updatable = false)
    public BigDecimal outstandingAfter;
}
