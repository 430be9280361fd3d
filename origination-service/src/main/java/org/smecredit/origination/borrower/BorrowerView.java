package org.smecredit.origination.borrower;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.origination.pricing.Rates;

/**
 * What origination knows of a borrower for a credit decision: identity, latest rating (null when not rated yet)
 * and whether it is blocked for new credit.
 */
public record BorrowerView(UUID customerId, String legalName, String industryCode, String regionCode, Rating rating,
                           boolean blocked, Block block) {

    public record Rating(UUID ratingId, String grade, BigDecimal pd, LocalDate ratedOn) {
    }

    public record Block(String reason, UUID loanId, LocalDate blockedSince) {
    }

    static BorrowerView of(Borrower b, BorrowerRating r, CreditBlock k) {
        return new BorrowerView(b.customerId, b.legalName, b.industryCode, b.regionCode,
                r == null ? null : new Rating(r.ratingId, r.grade, Rates.normalize(r.pd), r.ratedOn),
                k != null, k == null ? null : new Block(k.reason, k.loanId, k.blockedSince));
    }
}
