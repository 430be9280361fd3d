package org.smecredit.rating.rating;

/** What caused a rating; the names travel in {@code rating.assigned.v1}'s {@code trigger}. */
public enum RatingTrigger {
    /** A statement was filed or restated. */
    STATEMENT_FILED,
    /** A HIGH or CRITICAL early warning was raised on one of the customer's loans. */
    EARLY_WARNING,
    /** A risk manager approved an analyst's override (maker-checker). */
    OVERRIDE
}
