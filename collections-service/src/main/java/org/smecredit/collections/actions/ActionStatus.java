package org.smecredit.collections.actions;

/** Statuses of case actions; which apply to which kind is fixed by {@link ActionKind}. */
public enum ActionStatus {
    /** A contact: recorded, final. */
    LOGGED,
    /** A promise to pay before its due date with the promised amount not yet recovered. */
    OPEN,
    /** A promise whose amount was recovered between the promise and its due date. */
    KEPT,
    /** A promise whose due date passed (business clock) without the promised amount recovered: a signal. */
    BROKEN,
    /** A legal step taken and not yet concluded. */
    IN_PROGRESS,
    COMPLETED,
    ABANDONED,
    /** An auction set for a date. */
    SCHEDULED,
    /** The auction sold the collateral; the price is booked as a recovery. */
    SOLD,
    /** No bid at or above the reserve: the collateral is still the bank's security. */
    UNSOLD,
    CANCELLED,
    /** A demand sent to a guarantor. */
    ISSUED,
    /** The guarantor paid; the payment is booked as a recovery. */
    PAID,
    REFUSED,
    WITHDRAWN;

    /** Whether an action in this status may still change. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS || this == SCHEDULED || this == ISSUED;
    }
}
