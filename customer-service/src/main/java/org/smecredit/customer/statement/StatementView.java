package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A filed statement with its ratios (growth against the latest version of the previous period filed). */
public record StatementView(UUID id, UUID customerId, LocalDate periodEnd, int version, boolean audited, String currency,
                            BigDecimal totalAssets, BigDecimal totalLiabilities, BigDecimal totalEquity,
                            BigDecimal currentAssets, BigDecimal currentLiabilities, BigDecimal revenue,
                            BigDecimal operatingProfit, BigDecimal netProfit, BigDecimal interestExpense,
                            BigDecimal operatingCashFlow, Instant filedAt, String filedBy, Ratios ratios) {

    static StatementView of(FinancialStatement s, FinancialStatement previousPeriod) {
        return new StatementView(s.id, s.customerId, s.periodEnd, s.version, s.audited, s.currency, s.totalAssets,
                s.totalLiabilities, s.totalEquity, s.currentAssets, s.currentLiabilities, s.revenue, s.operatingProfit,
                s.netProfit, s.interestExpense, s.operatingCashFlow, s.filedAt, s.filedBy, Ratios.of(s, previousPeriod));
    }
}
