package org.smecredit.origination.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.RepaymentType;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A loan: the contract terms of an accepted offer. CONTRACTED on acceptance with a provisional schedule from the
 * contract date; DISBURSED when paid out, with the schedule rebuilt from the value date (interest runs from
 * disbursement). Its schedule is {@link LoanInstallment}.
 */
@Entity
@Table(name = "loan")
public class Loan extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false, unique = true)
    public UUID applicationId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_code", nullable = false, updatable = false)
    public ProductCode productCode;

    @Column(nullable = false, updatable = false)
    public BigDecimal principal;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "annual_rate", nullable = false, updatable = false)
    public BigDecimal annualRate;

    @Column(name = "term_months", nullable = false, updatable = false)
    public int termMonths;

    @Column(name = "monthly_payment", nullable = false)
    public BigDecimal monthlyPayment;

    public enum Status { CONTRACTED, DISBURSED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Business date of the contract (the borrower's acceptance). */
    @Column(name = "contracted_on", nullable = false, updatable = false)
    public LocalDate contractedOn;

    /** The last value date on which the loan may be drawn. */
    @Column(name = "latest_drawdown_date", nullable = false, updatable = false)
    public LocalDate latestDrawdownDate;

    /** Value date of the disbursement; null while CONTRACTED. */
    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @Column(name = "disbursed_at")
    public Instant disbursedAt;

    @Column(name = "disbursed_by")
    public String disbursedBy;

    /** Maturity of the schedule: provisional while CONTRACTED, final from the disbursement. */
    @Column(name = "maturity_date", nullable = false)
    public LocalDate maturityDate;

    @Column(nullable = false, updatable = false)
    public String grade;

    @Column(nullable = false, updatable = false)
    public BigDecimal pd;

    @Column(nullable = false, updatable = false)
    public BigDecimal lgd;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_type", updatable = false)
    public RepaymentType repaymentType;

    /** Share of the principal secured by recognised collateral and eligible guarantees, decimal. */
    @Column(name = "secured_share", updatable = false)
    public BigDecimal securedShare;

    /** The id core banking dedupes the disbursement instruction on. */
    @Column(name = "disbursement_instruction_id", nullable = false, updatable = false, unique = true)
    public UUID disbursementInstructionId;

    @Column(name = "booked_at", nullable = false, updatable = false)
    public Instant bookedAt;

    @Column(name = "booked_by", nullable = false, updatable = false)
    public String bookedBy;
}
