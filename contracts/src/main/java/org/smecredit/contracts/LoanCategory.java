package org.smecredit.contracts;

/**
 * Five-category loan classification (CBIRC/PBOC Order [2023] No. 1). The last three are non-performing.
 */
public enum LoanCategory {
    NORMAL, SPECIAL_MENTION, SUBSTANDARD, DOUBTFUL, LOSS;

    public boolean isNonPerforming() {
        return this.ordinal() >= SUBSTANDARD.ordinal();
    }
}
