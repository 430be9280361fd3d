package org.smecredit.origination.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of a loan application:
 * <pre>
 * SUBMITTED ─┬─► AWAITING_RATING ─┬─► APPROVED ─► DISBURSED
 *            │                    ├─► REJECTED
 *            │                    └─► REFERRED ─┬─► APPROVED (by a credit approver, never the submitter)
 *            └─► (decided at once when a rating exists)     └─► REJECTED (by a credit approver)
 * SUBMITTED, AWAITING_RATING, REFERRED ─► WITHDRAWN (by the relationship manager, before a final decision)
 * </pre>
 * A referred application stays REFERRED until it has all the approvals its authority level needs (one branch
 * approver, or two distinct committee members for the head-office committee).
 */
public enum LoanApplicationStatus {
    SUBMITTED, AWAITING_RATING, APPROVED, REJECTED, REFERRED, DISBURSED, WITHDRAWN;

    public Set<LoanApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(AWAITING_RATING, APPROVED, REJECTED, REFERRED, WITHDRAWN);
            case AWAITING_RATING -> EnumSet.of(APPROVED, REJECTED, REFERRED, WITHDRAWN);
            case REFERRED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(DISBURSED);
            case REJECTED, DISBURSED, WITHDRAWN -> EnumSet.noneOf(LoanApplicationStatus.class);
        };
    }

    public boolean canMoveTo(LoanApplicationStatus target) {
        return next().contains(target);
    }

    /** Waiting for an automatic decision (no decision taken yet). */
    public boolean isUndecided() {
        return this == SUBMITTED || this == AWAITING_RATING;
    }
}
