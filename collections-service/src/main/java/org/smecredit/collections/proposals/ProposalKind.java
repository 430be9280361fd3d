package org.smecredit.collections.proposals;

/** What a proposal does once a second approver approves it. */
public enum ProposalKind {
    /** New rate and term on the exposure still owed; publishes collections.loan-restructured.v1. */
    RESTRUCTURING,
    /** Closes the case WRITTEN_OFF (the claim is kept); publishes collections.loan-written-off.v1. */
    WRITE_OFF
}
