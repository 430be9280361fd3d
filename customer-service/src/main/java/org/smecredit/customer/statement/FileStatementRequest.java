package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A periodic statement's key line items, CNY with at most 2 decimals. Totals that cannot be negative are checked
 * here (400); the accounting identities are checked by {@link StatementRules} (422 naming the line).
 */
@Schema(example = """
        {"periodEnd": "2025-12-31", "audited": true, "currency": "CNY", "totalAssets": 10000000.00,
         "totalLiabilities": 6000000.00, "totalEquity": 4000000.00, "currentAssets": 3000000.00,
         "currentLiabilities": 2500000.00, "revenue": 15000000.00, "operatingProfit": 1200000.00,
         "netProfit": 900000.00, "interestExpense": 300000.00, "operatingCashFlow": 1100000.00}""")
public record FileStatementRequest(
        @NotNull @PastOrPresent LocalDate periodEnd,
        boolean audited,
        @Pattern(regexp = "^CNY$", message = "only CNY statements are accepted") String currency,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal totalAssets,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal totalLiabilities,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal totalEquity,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal currentAssets,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal currentLiabilities,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal revenue,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal operatingProfit,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal netProfit,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal interestExpense,
        @NotNull @Digits(integer = 15, fraction = 2) BigDecimal operatingCashFlow) {
}
