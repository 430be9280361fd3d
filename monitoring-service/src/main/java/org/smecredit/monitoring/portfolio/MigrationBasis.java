package org.smecredit.monitoring.portfolio;

/** What a migration matrix tracks: the five-category class of the daily runs, or the borrower's rating grade. */
public enum MigrationBasis {
    CATEGORY, GRADE
}
