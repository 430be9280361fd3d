package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record StatementView(UUID id, UUID customerId, LocalDate periodEnd, int version, boolean audited, String currency,
                            BigDecimal totalAssets, BigDecimal totalLiabilities, BigDecimal totalEquity,
                            BigDecimal currentAssets, BigDecimal currentLiabilities, BigDecimal revenue,
                            BigDecimal operatingProfit, BigDecimal netProfit, BigDecimal interestExpense,
                            BigDecimal operatingCashFlow, Instant filedAt, String filedBy) {

    static StatementView of(FinancialStatement s) {
        return new StatementView(s.id, s.customerId, s.periodEnd, s.version, s.audited, s.currency, s.totalAssets,
                s.totalLiabilities, s.totalEquity, s.currentAssets, s.currentLiabilities, s.revenue, s.operatingProfit,
                s.netProfit, s.interestExpense, s.operatingCashFlow, s.filedAt, s.filedBy);
    }
}
