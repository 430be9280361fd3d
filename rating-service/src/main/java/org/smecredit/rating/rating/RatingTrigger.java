package org.smecredit.rating.rating;

/** What caused a rating; the names travel in {@code rating.assigned.v1}'s {@code trigger}. */
public enum RatingTrigger {
    /** A statement was filed or restated. */
    STATEMENT_FILED,
    /** A HIGH or CRITICAL early warning was raised on one of the customer's loans. */
    EARLY_WARNING,
    /** Soft information (tax, payments, owner credit, court records) was recorded about the customer. */
    SOFT_INFORMATION,
    /** The rating was older than 12 months (business dates): the scheduled annual review re-rated it. */
    ANNUAL_REVIEW,
    /** A risk manager approved an analyst's override (maker-checker). */
    OVERRIDE
}
