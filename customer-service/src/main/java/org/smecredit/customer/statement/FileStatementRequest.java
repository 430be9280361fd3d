package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A periodic statement's key line items, CNY with at most 2 decimals. Totals that cannot be negative are checked
 * here (400); the accounting identities are checked by {@link StatementRules} (422 naming the line).
 */
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
