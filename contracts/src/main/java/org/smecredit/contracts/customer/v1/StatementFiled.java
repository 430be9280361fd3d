package org.smecredit.contracts.customer.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A financial statement was filed (or restated: a higher version for the same period). Amounts in CNY, scale 2.
 * Key: customerId.
 */
public record StatementFiled(
        UUID customerId,
        UUID statementId,
        LocalDate periodEnd,
        int version,
        boolean audited,
        String currency,
        BigDecimal totalAssets,
        BigDecimal totalLiabilities,
        BigDecimal totalEquity,
        BigDecimal currentAssets,
        BigDecimal currentLiabilities,
        BigDecimal revenue,
        BigDecimal operatingProfit,
        BigDecimal netProfit,
        BigDecimal interestExpense,
        BigDecimal operatingCashFlow) {
}
