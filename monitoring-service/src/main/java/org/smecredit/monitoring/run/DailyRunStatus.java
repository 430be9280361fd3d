package org.smecredit.monitoring.run;

/** RUNNING until every active loan has been assessed for the date; then COMPLETED, for good. */
public enum DailyRunStatus {
    RUNNING, COMPLETED
}
