package org.smecredit.collections.cases;

/** How a closed case ended; the values travel in {@code collections.case-closed.v1}. */
public enum CaseOutcome {
    /** Recovered to date reached the exposure at default; reached by recoveries only, never declared. */
    REPAID_IN_FULL,
    /** The bank accepted less than the exposure in full and final settlement: nothing more is due. */
    SETTLED,
    /**
     * The remaining exposure was written off the balance sheet. The bank keeps its claim: later recoveries are
     * still booked on the case, which stays closed.
     */
    WRITTEN_OFF;

    /** Whether money may still be booked on a case closed with this outcome. */
    public boolean acceptsLaterRecoveries() {
        return this == WRITTEN_OFF;
    }
}
