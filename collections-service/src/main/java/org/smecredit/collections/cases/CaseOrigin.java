package org.smecredit.collections.cases;

/** How a case came to be. */
public enum CaseOrigin {
    /** Opened by monitoring's {@code monitoring.loan-defaulted.v1}. */
    DEFAULT,
    /** Opened by a collections officer or risk manager for a loan monitoring classified substandard or worse. */
    ON_DEMAND
}
