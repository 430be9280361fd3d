package org.smecredit.monitoring.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.contracts.customer.v1.StatementFiled;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** A borrower's financial statement as filed with customer-service (CNY, scale 2); immutable once stored. */
@Entity
@Table(name = "financial_statement")
public class FinancialStatement extends PanacheEntityBase {
    @Id
    @Column(name = "statement_id")
    public UUID statementId;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public boolean audited;

    @Column(nullable = false)
    public String currency;

    @Column(name = "total_assets")
    public BigDecimal totalAssets;

    @Column(name = "total_liabilities")
    public BigDecimal totalLiabilities;

    @Column(name = "total_equity")
    public BigDecimal totalEquity;

    @Column(name = "current_assets")
    public BigDecimal currentAssets;

    @Column(name = "current_liabilities")
    public BigDecimal currentLiabilities;

    public BigDecimal revenue;

    @Column(name = "operating_profit")
    public BigDecimal operatingProfit;

    @Column(name = "net_profit")
    public BigDecimal netProfit;

    @Column(name = "interest_expense")
    public BigDecimal interestExpense;

    @Column(name = "operating_cash_flow")
    public BigDecimal operatingCashFlow;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static FinancialStatement of(StatementFiled s) {
        FinancialStatement f = new FinancialStatement();
        f.statementId = s.statementId();
        f.customerId = s.customerId();
        f.periodEnd = s.periodEnd();
        f.version = s.version();
        f.audited = s.audited();
        f.currency = s.currency();
        f.totalAssets = s.totalAssets();
        f.totalLiabilities = s.totalLiabilities();
        f.totalEquity = s.totalEquity();
        f.currentAssets = s.currentAssets();
        f.currentLiabilities = s.currentLiabilities();
        f.revenue = s.revenue();
        f.operatingProfit = s.operatingProfit();
        f.netProfit = s.netProfit();
        f.interestExpense = s.interestExpense();
        f.operatingCashFlow = s.operatingCashFlow();
        f.receivedAt = Instant.now();
        return f;
    }

    /** The latest version held of a period, or null. */
    public static Uni<FinancialStatement> latestOf(UUID customerId, LocalDate periodEnd) {
        return find("customerId = ?1 and periodEnd = ?2 order by version desc", customerId, periodEnd).firstResult();
    }
}
