package org.smecredit.monitoring.signal;

/**
 * Early-warning signal types beyond the days-past-due ones of the daily run
 * ({@link org.smecredit.monitoring.classification.EarlyWarningRules.Signal}: MISSED_INSTALLMENT, DPD_30, DPD_60,
 * DPD_90), published as {@code signalType} of {@code monitoring.early-warning-raised.v1}.
 */
public enum SignalType {
    /** The borrower's rating fell on the master scale (rating.assigned with a worse grade than the previous one). */
    RATING_DOWNGRADE(false),
    /** A financial covenant of the loan is broken by a new statement. */
    COVENANT_BREACH(true),
    /** Revenue fell sharply against the same period a year earlier. */
    REVENUE_FALL(false),
    /** A customer that guarantees the borrower's debt defaulted on its own loan. */
    GUARANTOR_DEFAULT(true),
    /** Another member of the borrower's guarantee circle defaulted (contagion along guarantee links). */
    CIRCLE_MEMBER_DEFAULT(true),
    /** A risk manager raised an alert on the borrower's industry. */
    INDUSTRY_ALERT(false);

    /** Whether this type puts the borrower on the watch list whatever its severity. */
    public final boolean alwaysWatchListed;

    SignalType(boolean alwaysWatchListed) {
        this.alwaysWatchListed = alwaysWatchListed;
    }
}
