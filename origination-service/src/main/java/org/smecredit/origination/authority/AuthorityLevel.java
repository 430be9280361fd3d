package org.smecredit.origination.authority;

/** Who may approve: the system within its automatic authority, one branch approver, or the head-office committee. */
public enum AuthorityLevel {
    AUTOMATIC(0), BRANCH(1), HEAD_OFFICE_COMMITTEE(2);

    private final int approvals;

    AuthorityLevel(int approvals) {
        this.approvals = approvals;
    }

    /** Distinct human approvals needed (none of them the submitter). */
    public int requiredApprovals() {
        return approvals;
    }
}
