package org.smecredit.rating.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.rating.rating.Financials;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The rating service's own copy of a statement filed with customer-service ({@code customer.statement-filed.v1}),
 * kept so that a customer can be re-rated (e.g. on an early warning) without reading another service's tables.
 * Never updated: a restatement arrives as a new statement with a higher version. Amounts in CNY, scale 2.
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
    /** The CloudEvent that brought the statement. */
    @Column(name = "source_event_id", nullable = false, updatable = false)
    public UUID sourceEventId;
    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;

    /** The customer's current statement: the latest period, and of that period the highest version. */
    public static Uni<FinancialStatement> latestOf(UUID customerId) {
        return find("customerId", Sort.descending("periodEnd", "version"), customerId).firstResult();
    }

    public Financials financials() {
        return new Financials(totalAssets, totalLiabilities, currentAssets, currentLiabilities, revenue,
                operatingProfit, netProfit, interestExpense, operatingCashFlow, totalEquity);
    }
}
