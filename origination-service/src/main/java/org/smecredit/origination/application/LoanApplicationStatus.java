package org.smecredit.origination.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Life of a loan application (issue 5). {@link #TRANSITIONS} is the one table every status change goes through
 * ({@code LoanApplication.moveTo}); anything not in it is answered {@code 409 illegal-transition} naming the current
 * and the requested state.
 * <pre>
 * DRAFT ─► SUBMITTED ─┬─► AWAITING_RATING ─┐
 *                     └────────────────────┴─► UNDER_REVIEW ─┬─► APPROVED (offer) ─► CONTRACTED ─► DISBURSED
 *                                                            ├─► REJECTED
 *                                                            └─► REFERRED ─┬─► APPROVED (credit approver(s))
 *                                                                          └─► REJECTED (credit approver)
 * APPROVED ─► REFERRED / REJECTED   a new rating re-priced the offer and hit a knock-out
 * DRAFT, SUBMITTED, AWAITING_RATING, REFERRED, APPROVED ─► WITHDRAWN (relationship manager; the borrower declines)
 * </pre>
 * UNDER_REVIEW is the credit assessment itself (credit support, limits, knock-outs, authority, pricing); the system
 * decides it in the same transaction, so an application is seen in it only in the audit trail. An APPROVED
 * application is an offer with an expiry; only the borrower's acceptance contracts it (the loan and its schedule),
 * and only a disbursement pays it out.
 */
public enum LoanApplicationStatus {
    DRAFT, SUBMITTED, AWAITING_RATING, UNDER_REVIEW, APPROVED, REJECTED, REFERRED, WITHDRAWN, CONTRACTED, DISBURSED;

    /** The transition table: from each state, the states it may move to. */
    public static final Map<LoanApplicationStatus, Set<LoanApplicationStatus>> TRANSITIONS;

    static {
        Map<LoanApplicationStatus, Set<LoanApplicationStatus>> t = new EnumMap<>(LoanApplicationStatus.class);
        t.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
        t.put(SUBMITTED, EnumSet.of(AWAITING_RATING, UNDER_REVIEW, WITHDRAWN));
        t.put(AWAITING_RATING, EnumSet.of(UNDER_REVIEW, WITHDRAWN));
        t.put(UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED, REFERRED));
        t.put(REFERRED, EnumSet.of(APPROVED, REJECTED, WITHDRAWN));
        t.put(APPROVED, EnumSet.of(CONTRACTED, REFERRED, REJECTED, WITHDRAWN));
        t.put(CONTRACTED, EnumSet.of(DISBURSED));
        t.put(REJECTED, EnumSet.noneOf(LoanApplicationStatus.class));
        t.put(WITHDRAWN, EnumSet.noneOf(LoanApplicationStatus.class));
        t.put(DISBURSED, EnumSet.noneOf(LoanApplicationStatus.class));
        for (LoanApplicationStatus s : values()) {
            t.put(s, Collections.unmodifiableSet(t.get(s)));
        }
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    public Set<LoanApplicationStatus> next() {
        return TRANSITIONS.get(this);
    }

    public boolean canMoveTo(LoanApplicationStatus target) {
        return next().contains(target);
    }

    /** Waiting for an automatic decision (submitted, no decision taken yet). */
    public boolean isUndecided() {
        return this == SUBMITTED || this == AWAITING_RATING;
    }

    /** An offer not yet accepted: re-priced when a new rating arrives. */
    public boolean isOpenOffer() {
        return this == APPROVED || this == REFERRED;
    }

    /** No move leaves it. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
