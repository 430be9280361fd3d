package org.smecredit.monitoring.loan;

/** ACTIVE while anything of the schedule is unpaid; REPAID once a daily run found every installment paid. */
public enum LoanStatus {
    ACTIVE, REPAID
}
