package org.smecredit.origination.borrower;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.origination.pricing.Rates;

/**
 * What origination knows of a borrower for a credit decision: identity, latest rating (null when not rated yet),
 * whether it is blocked for new credit (substandard or worse, default), on special-mention watch (and whether a
 * risk manager overrode it), its sanctions screening, and its latest statement.
 */
public record BorrowerView(UUID customerId, String legalName, String industryCode, String regionCode, Rating rating,
                           boolean blocked, Block block, Watch watch, Sanctions sanctions, Statement statement) {

    public record Rating(UUID ratingId, String grade, BigDecimal pd, LocalDate ratedOn) {
    }

    public record Block(String reason, UUID loanId, LocalDate blockedSince) {
    }

    public record Watch(String reason, UUID loanId, LocalDate watchedSince, boolean overridden, String overriddenBy,
                        Instant overriddenAt, String overrideComment) {
    }

    public record Sanctions(boolean flagged, String reason, String setBy, Instant setAt) {
    }

    public record Statement(UUID statementId, LocalDate periodEnd, int version, BigDecimal revenue) {
    }

    static BorrowerView of(Borrower b, BorrowerRating r, CreditBlock k, CreditWatch w, SanctionsFlag s,
                           BorrowerStatement st) {
        return new BorrowerView(b.customerId, b.legalName, b.industryCode, b.regionCode,
                r == null ? null : new Rating(r.ratingId, r.grade, Rates.normalize(r.pd), r.ratedOn),
                k != null, k == null ? null : new Block(k.reason, k.loanId, k.blockedSince),
                w == null ? null : new Watch(w.reason, w.loanId, w.watchedSince, w.overridden(), w.overriddenBy,
                        w.overriddenAt, w.overrideComment),
                s == null ? null : new Sanctions(s.flagged, s.reason, s.setBy, s.setAt),
                st == null ? null : new Statement(st.statementId, st.periodEnd, st.version, st.revenue));
    }
}
