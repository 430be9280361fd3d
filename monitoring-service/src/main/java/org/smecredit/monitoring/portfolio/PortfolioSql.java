package org.smecredit.monitoring.portfolio;

/**
 * The portfolio queries: set-based over the daily runs' {@code loan_day} rows (each row records a loan's outstanding
 * principal, class, stage and ECL on a business date), so no loan is loaded into Java.
 */
final class PortfolioSql {
    private PortfolioSql() {
    }

    /**
     * $1 = the business date asked for, or null for the latest completed run. One row per class, stage and grade
     * (grouping sets) of that date; when the date has no loans, one row per set with null keys, so the as-of date is
     * always returned (null when no run has completed).
     */
    static final String SNAPSHOT = """
            WITH as_of AS (
                SELECT max(business_date) AS d FROM daily_run
                WHERE status = 'COMPLETED' AND ($1::date IS NULL OR business_date = $1::date)
            )
            SELECT a.d AS as_of,
                   CASE WHEN GROUPING(ld.category) = 0 THEN 'category'
                        WHEN GROUPING(ld.stage) = 0 THEN 'stage' ELSE 'grade' END AS dimension,
                   COALESCE(ld.category, ld.stage::varchar, l.grade) AS key,
                   count(ld.loan_id)::int AS loans,
                   COALESCE(sum(ld.outstanding_principal), 0.00) AS exposure,
                   COALESCE(sum(ld.ecl), 0.00) AS ecl
            FROM as_of a
            LEFT JOIN loan_day ld ON ld.business_date = a.d
            LEFT JOIN loan l ON l.id = ld.loan_id
            GROUP BY GROUPING SETS ((a.d, ld.category), (a.d, ld.stage), (a.d, l.grade))""";

    /** $1..$2 = the date range: one row per completed run in it, with its headline sums (FILTER per class). */
    static final String HISTORY = """
            SELECT r.business_date,
                   count(ld.loan_id)::int AS loans,
                   COALESCE(sum(ld.outstanding_principal), 0.00) AS exposure,
                   COALESCE(sum(ld.outstanding_principal) FILTER (WHERE ld.category = 'SPECIAL_MENTION'), 0.00)
                       AS special_mention_exposure,
                   COALESCE(sum(ld.outstanding_principal)
                       FILTER (WHERE ld.category IN ('SUBSTANDARD', 'DOUBTFUL', 'LOSS')), 0.00) AS npl_exposure,
                   COALESCE(sum(ld.ecl), 0.00) AS ecl
            FROM daily_run r
            LEFT JOIN loan_day ld ON ld.business_date = r.business_date
            WHERE r.status = 'COMPLETED' AND r.business_date BETWEEN $1 AND $2
            GROUP BY r.business_date
            ORDER BY r.business_date""";
}
