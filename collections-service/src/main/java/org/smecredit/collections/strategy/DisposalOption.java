package org.smecredit.collections.strategy;

/**
 * The ways the bank can work out a defaulted loan. The declaration order breaks ties between equal expected NPVs:
 * options that keep a viable firm alive come first (the background study names "excessive disposal" as the failure
 * to avoid), liquidation last.
 */
public enum DisposalOption {
    /** New schedule, rate and term for a borrower judged viable; cures with a probability, else re-defaults. */
    RESTRUCTURING,
    /** Calls, letters, visits and promises to pay, without legal action. */
    SOFT_COLLECTION,
    /** Demand on the guarantors. */
    GUARANTOR_CLAIM,
    /** Court enforcement and auction of the collateral. */
    COLLATERAL_ENFORCEMENT,
    /** Sale of the claim to an asset management company (AMC). */
    DEBT_SALE,
    /** Write-off; the bank keeps its claim and counts later recoveries. */
    WRITE_OFF;

    /** Whether choosing it liquidates the borrower or gives up the claim (for cured-vs-liquidated reporting). */
    public boolean liquidates() {
        return this == COLLATERAL_ENFORCEMENT || this == DEBT_SALE || this == WRITE_OFF;
    }
}
