package org.smecredit.collections.actions;

import java.util.Set;

/**
 * What a collector did on a case. Each kind has its first status and the outcomes a collector may record; a
 * promise to pay is judged by the promise check, never by hand (a collector marking his own promise "kept" would
 * defeat the signal).
 */
public enum ActionKind {
    /** A call, visit, letter or message to the borrower or a related person; logged, nothing to follow up. */
    CONTACT(ActionStatus.LOGGED, Set.of()),
    /** The borrower promised an amount by a due date: KEPT or BROKEN, decided by the promise check. */
    PROMISE_TO_PAY(ActionStatus.OPEN, Set.of(ActionStatus.CANCELLED)),
    /** A demand letter, preservation order, lawsuit, judgment, enforcement application or bankruptcy claim. */
    LEGAL_STEP(ActionStatus.IN_PROGRESS, Set.of(ActionStatus.COMPLETED, ActionStatus.ABANDONED)),
    /** A judicial or voluntary auction of collateral: SOLD books the realized price as a recovery. */
    COLLATERAL_AUCTION(ActionStatus.SCHEDULED, Set.of(ActionStatus.SOLD, ActionStatus.UNSOLD, ActionStatus.CANCELLED)),
    /** A written demand on a guarantor: PAID books the guarantor's payment as a recovery. */
    GUARANTOR_DEMAND(ActionStatus.ISSUED, Set.of(ActionStatus.PAID, ActionStatus.REFUSED, ActionStatus.WITHDRAWN));

    private final ActionStatus initial;
    private final Set<ActionStatus> outcomes;

    ActionKind(ActionStatus initial, Set<ActionStatus> outcomes) {
        this.initial = initial;
        this.outcomes = outcomes;
    }

    public ActionStatus initial() {
        return initial;
    }

    /** The outcomes a collector may record on an action of this kind that is still in its first status. */
    public Set<ActionStatus> outcomesByHand() {
        return outcomes;
    }
}
