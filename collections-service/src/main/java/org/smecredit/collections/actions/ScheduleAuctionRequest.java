package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.smecredit.collections.strategy.CollateralType;

/** An auction of collateral set for {@code auctionDate} with a reserve price (the lowest acceptable bid). */
public record ScheduleAuctionRequest(
        @NotNull CollateralType collateralType,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @Positive @Digits(integer = 15, fraction = 2, message = "must be an amount with at most 2 decimals")
        BigDecimal reservePrice,
        @NotNull LocalDate auctionDate,
        @NotBlank @Size(max = 200) String auctioneer,
        @Size(max = 200) String reference) {
}
