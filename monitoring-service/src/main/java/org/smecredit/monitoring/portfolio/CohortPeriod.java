package org.smecredit.monitoring.portfolio;

import java.time.LocalDate;

/** The disbursement period that makes a vintage cohort. */
public enum CohortPeriod {
    MONTH, QUARTER;

    /** The PostgreSQL date_trunc field. */
    String sqlField() {
        return this == MONTH ? "month" : "quarter";
    }

    /** "2011-03" for a month, "2011-Q1" for a quarter, from the period's first day. */
    String label(LocalDate start) {
        return this == MONTH ? String.format("%d-%02d", start.getYear(), start.getMonthValue())
                : start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
