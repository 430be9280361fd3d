package org.smecredit.origination.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The borrower's acceptance of an APPROVED offer, recorded by its relationship manager. {@code priceVersion} must be
 * the offer's current price version (the application's {@code offer.priceVersion}): a re-priced offer must be shown
 * to the borrower again before it is accepted (409 stale-price-version otherwise).
 */
public record AcceptanceRequest(@NotNull @Positive Integer priceVersion, @Size(max = 2000) String comment) {
}
