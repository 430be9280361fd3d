package org.smecredit.collections.cases;

/** Life cycle of a collection case: OPEN → CLOSED (with a {@link CaseOutcome}). There is no way back. */
public enum CaseStatus {
    OPEN, CLOSED
}
