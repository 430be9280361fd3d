package org.smecredit.collections.recovery;

/** Where recovered money came from; the values travel in {@code collections.recovery-recorded.v1}. */
public enum RecoverySource {
    /** A repayment booked by core banking ({@code corebanking.repayment-received.v1}). */
    COREBANKING,
    /** Entered by a collector (guarantor payment, collateral proceeds, debt sale price, …). */
    MANUAL,
    /** The price a collateral auction realized, booked when the collector records the auction SOLD. */
    COLLATERAL_AUCTION,
    /** A guarantor's payment on a demand, booked when the collector records the demand PAID. */
    GUARANTOR
}
