package org.smecredit.monitoring.portfolio;

/**
 * The portfolio queries: set-based over the daily runs' {@code loan_day} rows (each row records a loan's outstanding
 * principal, class, stage and ECL on a business date), so no loan is loaded into Java.
 */
final class PortfolioSql {
    private PortfolioSql() {
    }

    /** The bucket of borrowers without a customer profile, or whose profile lacks the attribute. */
    static final String UNKNOWN = "UNKNOWN";

    /** Non-performing classes (CBIRC/PBOC Order [2023] No. 1: substandard, doubtful, loss). */
    private static final String NPL = "('SUBSTANDARD', 'DOUBTFUL', 'LOSS')";

    /**
     * $1 = the business date asked for, or null for the latest completed run. One row per class, stage, grade,
     * industry, region and size class (grouping sets) of that date, with loans, exposure, NPL exposure and ECL; the
     * borrower's attributes come from {@code customer_profile} (its current values: the projection keeps no
     * history), {@value #UNKNOWN} when it has none. When the date has no loans, one row per set with null keys, so
     * the as-of date is always returned (null when no run has completed).
     */
    static final String SNAPSHOT = """
            WITH as_of AS (
                SELECT max(business_date) AS d FROM daily_run
                WHERE status = 'COMPLETED' AND ($1::date IS NULL OR business_date = $1::date)
            )
            SELECT a.d AS as_of,
                   CASE WHEN GROUPING(ld.category) = 0 THEN 'category'
                        WHEN GROUPING(ld.stage) = 0 THEN 'stage'
                        WHEN GROUPING(l.grade) = 0 THEN 'grade'
                        WHEN GROUPING(p.industry) = 0 THEN 'industry'
                        WHEN GROUPING(p.region) = 0 THEN 'region' ELSE 'size_class' END AS dimension,
                   COALESCE(ld.category, ld.stage::varchar, l.grade, p.industry, p.region, p.size_class) AS key,
                   count(ld.loan_id)::int AS loans,
                   COALESCE(sum(ld.outstanding_principal), 0.00) AS exposure,
                   COALESCE(sum(ld.outstanding_principal) FILTER (WHERE ld.category IN %1$s), 0.00) AS npl_exposure,
                   COALESCE(sum(ld.ecl), 0.00) AS ecl
            FROM as_of a
            LEFT JOIN loan_day ld ON ld.business_date = a.d
            LEFT JOIN loan l ON l.id = ld.loan_id
            LEFT JOIN customer_profile cp ON cp.customer_id = l.customer_id
            CROSS JOIN LATERAL (
                SELECT CASE WHEN ld.loan_id IS NOT NULL THEN COALESCE(NULLIF(cp.industry_code, ''), '%2$s') END AS industry,
                       CASE WHEN ld.loan_id IS NOT NULL THEN COALESCE(NULLIF(cp.region_code, ''), '%2$s') END AS region,
                       CASE WHEN ld.loan_id IS NOT NULL THEN COALESCE(NULLIF(cp.size_class, ''), '%2$s') END AS size_class
            ) p
            GROUP BY GROUPING SETS ((a.d, ld.category), (a.d, ld.stage), (a.d, l.grade),
                                    (a.d, p.industry), (a.d, p.region), (a.d, p.size_class))""".formatted(NPL, UNKNOWN);

    /** The row of loans that were not in the book at {@code from} (disbursed after it). */
    static final String NEW = "NEW";
    /** The column of loans that left the book by {@code to} (repaid or otherwise no longer assessed). */
    static final String CLOSED = "CLOSED";

    /**
     * $1 = from, $2 = to: one row per (state at from, state at to) pair of the two runs' books (full outer join by
     * loan: {@value #NEW} for a loan not in the from book, {@value #CLOSED} for one not in the to book), with loans,
     * exposure at from, exposure at to and the lowest PD seen in each state (to order grades). {@code from_done} /
     * {@code to_done} tell whether each date has a completed run (one row even when the books are empty).
     */
    private static final String MIGRATION = """
            WITH runs AS (
                SELECT COALESCE(bool_or(business_date = $1::date), false) AS from_done,
                       COALESCE(bool_or(business_date = $2::date), false) AS to_done
                FROM daily_run WHERE status = 'COMPLETED' AND business_date IN ($1::date, $2::date)
            ),
            f AS (%1$s),
            t AS (%2$s),
            cells AS (
                SELECT COALESCE(f.state, '%3$s') AS from_state, COALESCE(t.state, '%4$s') AS to_state,
                       count(*)::int AS loans,
                       COALESCE(sum(f.exposure), 0.00) AS from_exposure,
                       COALESCE(sum(t.exposure), 0.00) AS to_exposure,
                       min(f.pd) AS from_pd, min(t.pd) AS to_pd
                FROM f FULL JOIN t ON t.loan_id = f.loan_id
                GROUP BY 1, 2
            )
            SELECT r.from_done, r.to_done, c.* FROM runs r LEFT JOIN cells c ON true""";

    /** A loan's five-category class on the run of date $n. */
    private static final String CATEGORY_ON = """
            SELECT loan_id, category AS state, NULL::numeric AS pd, outstanding_principal AS exposure
            FROM loan_day WHERE business_date = $%1$d::date""";

    /**
     * A loan's grade on date $n: its borrower's latest rating rated on or before that date (same day: the one
     * recorded last), else the grade the loan was originated with (no rating recorded here by then).
     */
    private static final String GRADE_ON = """
            SELECT ld.loan_id, COALESCE(h.grade, l.grade) AS state, COALESCE(h.pd, l.pd) AS pd,
                   ld.outstanding_principal AS exposure
            FROM loan_day ld
            JOIN loan l ON l.id = ld.loan_id
            LEFT JOIN LATERAL (
                SELECT rh.grade, rh.pd FROM rating_history rh
                WHERE rh.customer_id = l.customer_id AND rh.rated_on <= $%1$d::date
                ORDER BY rh.rated_on DESC, rh.seq DESC LIMIT 1
            ) h ON true
            WHERE ld.business_date = $%1$d::date""";

    static final String MIGRATION_BY_CATEGORY = MIGRATION.formatted(CATEGORY_ON.formatted(1), CATEGORY_ON.formatted(2),
            NEW, CLOSED);
    static final String MIGRATION_BY_GRADE = MIGRATION.formatted(GRADE_ON.formatted(1), GRADE_ON.formatted(2), NEW,
            CLOSED);

    /**
     * $1 = the observation date (null: the latest completed run), $2 = 'month' or 'quarter'. Every loan disbursed on or
     * before the observation date, whatever its status now, in the cohort of its disbursement period; a cohort is
     * reported once its period has ended. A loan's first default is {@code loan.first_defaulted_on}, which the daily run
     * sets once (defaulted_on moves to a later episode's date after a cure); a cure does not undo the default. Its months on book at default is the
     * smallest k with first default <= disbursed_on + k months (m or m + 1, m the calendar months between them). For
     * each cohort and each k from 0 while cohort end + k months <= the observation date (every loan of the cohort
     * observed k months: no censoring), the loans and disbursed amount defaulted within k months, cumulative.
     * {@code last_run} is returned to refuse an observation date after the last completed run.
     */
    static final String VINTAGES = """
            WITH obs AS (
                SELECT COALESCE($1::date, max(business_date)) AS as_of, max(business_date) AS last_run
                FROM daily_run WHERE status = 'COMPLETED'
            ),
            book AS (
                SELECT date_trunc($2::text, l.disbursed_on::timestamp)::date AS cohort_start, l.disbursed_on,
                       l.principal,
                       COALESCE(l.first_defaulted_on, l.defaulted_on) AS first_default
                FROM loan l CROSS JOIN obs o
                WHERE l.disbursed_on <= o.as_of
            ),
            cohorts AS (
                SELECT b.cohort_start,
                       (b.cohort_start + CASE WHEN $2::text = 'quarter' THEN interval '3 months'
                                              ELSE interval '1 month' END - interval '1 day')::date AS cohort_end,
                       count(*)::int AS loans, sum(b.principal) AS amount
                FROM book b GROUP BY b.cohort_start
            ),
            defaults AS (
                SELECT x.cohort_start, x.principal,
                       CASE WHEN x.first_default <= x.disbursed_on + make_interval(months => x.m) THEN x.m
                            ELSE x.m + 1 END AS mob
                FROM (SELECT b.*, ((extract(year FROM b.first_default) - extract(year FROM b.disbursed_on)) * 12
                                   + extract(month FROM b.first_default) - extract(month FROM b.disbursed_on))::int AS m
                      FROM book b CROSS JOIN obs o WHERE b.first_default <= o.as_of) x
            ),
            points AS (
                SELECT c.cohort_start, k AS mob
                FROM cohorts c CROSS JOIN obs o
                CROSS JOIN LATERAL generate_series(0, ((extract(year FROM o.as_of) - extract(year FROM c.cohort_end)) * 12
                        + extract(month FROM o.as_of) - extract(month FROM c.cohort_end))::int) k
                WHERE c.cohort_end + make_interval(months => k) <= o.as_of
            )
            SELECT o.as_of, o.last_run, c.cohort_start, c.cohort_end, c.loans, c.amount, p.mob,
                   count(d.mob)::int AS defaulted_loans, COALESCE(sum(d.principal), 0.00) AS defaulted_amount
            FROM obs o
            LEFT JOIN cohorts c ON c.cohort_end <= o.as_of
            LEFT JOIN points p ON p.cohort_start = c.cohort_start
            LEFT JOIN defaults d ON d.cohort_start = c.cohort_start AND d.mob <= p.mob
            GROUP BY o.as_of, o.last_run, c.cohort_start, c.cohort_end, c.loans, c.amount, p.mob
            ORDER BY c.cohort_start, p.mob""";

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
