package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A filed financial statement. Never overwritten: a restatement of the same period is a new row with a higher
 * version. Amounts in CNY, scale 2.
 */
@Entity
@Table(name = "financial_statement")
public class FinancialStatement extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    @Column(name = "period_end", nullable = false, updatable = false)
    public LocalDate periodEnd;
    @Column(nullable = false, updatable = false)
    public int version;
    @Column(nullable = false, updatable = false)
    public boolean audited;
    @Column(nullable = false, updatable = false)
    public String currency;
    @Column(name = "total_assets", nullable = false, updatable = false)
    public BigDecimal totalAssets;
    @Column(name = "total_liabilities", nullable = false, updatable = false)
    public BigDecimal totalLiabilities;
    @Column(name = "total_equity", nullable = false, updatable = false)
    public BigDecimal totalEquity;
    @Column(name = "current_assets", nullable = false, updatable = false)
    public BigDecimal currentAssets;
    @Column(name = "current_liabilities", nullable = false, updatable = false)
    public BigDecimal currentLiabilities;
    @Column(nullable = false, updatable = false)
    public BigDecimal revenue;
    @Column(name = "operating_profit", nullable = false, updatable = false)
    public BigDecimal operatingProfit;
    @Column(name = "net_profit", nullable = false, updatable = false)
    public BigDecimal netProfit;
    @Column(name = "interest_expense", nullable = false, updatable = false)
    public BigDecimal interestExpense;
    @Column(name = "operating_cash_flow", nullable = false, updatable = false)
    public BigDecimal operatingCashFlow;
    @Column(name = "filed_at", nullable = false, updatable = false)
    public Instant filedAt;
    @Column(name = "filed_by", nullable = false, updatable = false)
    public String filedBy;
}
