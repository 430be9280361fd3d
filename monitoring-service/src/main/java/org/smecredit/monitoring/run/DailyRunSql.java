package org.smecredit.monitoring.run;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.classification.EarlyWarningRules.Signal;
import org.smecredit.monitoring.classification.GradeScale;
import org.smecredit.monitoring.classification.LoanClassification;

/**
 * The daily run's assessment as one set-based PostgreSQL statement per chunk of loans: the same rules as the pure
 * Java ({@link org.smecredit.monitoring.classification.LoanAssessment}, {@link LoanClassification},
 * {@link org.smecredit.monitoring.classification.ExpectedCreditLoss},
 * {@link org.smecredit.monitoring.classification.EarlyWarningRules}) written as SQL expressions, with the
 * thresholds taken from those classes so that the two cannot drift apart ({@code SetBasedAssessmentAgreementTest}
 * compares them loan by loan at the boundary days).
 *
 * <p>How the repayment waterfall becomes arithmetic: repayments fill the installments in due order, interest before
 * principal (see {@link org.smecredit.monitoring.repayment.RepaymentAllocation}). Filling fixed buckets in a fixed
 * order with several payments is the same as filling them with their sum P, so with {@code due_before} the amount
 * due ahead of an installment, its interest paid is {@code clamp(P − due_before, 0, interest_due)} and its principal
 * paid {@code clamp(P − due_before − interest_due, 0, principal_due)}; it is unpaid when
 * {@code due_before + interest_due + principal_due > P}.
 *
 * <p>Parameters: $1 business date, $2 loans after this id (chunk by key range) or, in the preview, the loan ids,
 * $3 chunk size, $4 technical grace days; the SICR downgrade in notches is $5 in the preview, $18 in the run.
 */
final class DailyRunSql {
    private DailyRunSql() {
    }

    /** Early-warning thresholds as a VALUES list (threshold, signal, severity), from {@link Signal}. */
    private static final String THRESHOLDS = Arrays.stream(Signal.values())
            .map(s -> "(" + s.threshold + ", '" + s.name() + "', '" + s.severity + "')")
            .collect(Collectors.joining(", ", "(VALUES ", ") AS t (threshold, signal, severity)"));

    /**
     * The chunk of loans the run has not assessed for $1 yet, in id order after $2 and up to $19 (the end of the
     * worker's pre-split id range, inclusive: workers on parallel connections never take the same loan).
     */
    static final String RUN_BATCH = """
            l.status = 'ACTIVE' AND l.disbursed_on <= $1 AND l.id > $2 AND l.id <= $19
              -- the range again on loan_day: PostgreSQL does not carry it over the join, and without it the anti
              -- join reads every row of the date done so far, for each chunk (quadratic in the book)
              AND NOT EXISTS (SELECT 1 FROM loan_day x WHERE x.business_date = $1 AND x.loan_id = l.id
                                                        AND x.loan_id > $2 AND x.loan_id <= $19)
            ORDER BY l.id
            LIMIT $3""";

    /** Given loans, whatever their status (used to compare the SQL with the Java rules). */
    static final String PREVIEW_BATCH = """
            l.id = ANY($2) AND $3::int > 0""";

    /**
     * The chunk's key range on the repayment and installment indexes: scanning the range in index order and
     * grouping is several times cheaper than probing the indexes loan by loan.
     */
    static final String RUN_RANGE = "{key} > $2 AND {key} <= (SELECT max_id FROM bounds)";

    static final String PREVIEW_RANGE = "{key} = ANY($2)";

    /**
     * CTEs up to {@code assessed}: one row per loan of the batch with days past due, category, stage, amounts, PD,
     * ECL and the changes against the loan's previous state.
     */
    static String assessment(String batchWhere, String keyRange, String sicrNotchesParam) {
        return """
                WITH batch AS MATERIALIZED (
                    SELECT l.id, l.customer_id, l.principal, l.currency, l.maturity_date, l.lgd,
                           COALESCE(c.pd, l.pd) AS one_year_pd, l.status AS prev_status,
                           l.assessed_on AS prev_assessed_on, l.days_past_due AS prev_dpd, l.category AS prev_category,
                           l.stage AS prev_stage, l.ecl AS prev_ecl, l.warning_level AS prev_level,
                           l.defaulted_on AS prev_defaulted_on, l.restored_on AS prev_restored_on,
                           l.grade AS origination_grade, c.grade AS current_grade, l.judgment_category,
                           l.pre_restructuring_category, l.observation_start, l.observation_until,
                           l.observation_months, l.observation_ended_on,
                           -- the borrower is on the watch list (an entry in force on the date)
                           EXISTS (SELECT 1 FROM watch_list_entry w WHERE w.customer_id = l.customer_id
                                   AND w.status = 'ACTIVE' AND w.added_on <= $1) AS watch_listed
                    FROM loan l LEFT JOIN customer_pd c ON c.customer_id = l.customer_id
                    WHERE %1$s
                ),
                bounds AS (
                    SELECT id AS max_id FROM batch ORDER BY id DESC LIMIT 1
                ),
                paid AS (
                    -- money valued on or before the date, in the loan's currency (others stay unapplied)
                    SELECT r.loan_id, sum(r.amount) AS total
                    FROM repayment r JOIN batch b ON b.id = r.loan_id AND b.currency = r.currency
                    WHERE %11$s AND r.value_date <= $1
                    GROUP BY r.loan_id
                ),
                waterfall AS (
                    SELECT x.loan_id,
                           min(x.due_date) FILTER (WHERE x.due AND x.unpaid) AS oldest_unpaid_due,
                           -- the oldest unpaid installment is the first unpaid one of the waterfall: the smallest
                           -- amount due up to and including it
                           min(x.through) FILTER (WHERE x.due AND x.unpaid) AS oldest_unpaid_through,
                           sum(x.principal_paid) AS principal_paid,
                           COALESCE(sum(x.principal_due - x.principal_paid) FILTER (WHERE x.due), 0)
                               AS overdue_principal,
                           COALESCE(sum(x.interest_due - x.interest_paid) FILTER (WHERE x.due), 0) AS overdue_interest,
                           bool_and(NOT x.unpaid) AS fully_repaid
                    -- each installment's figures computed once: OFFSET 0 keeps the subqueries from being flattened
                    -- into the aggregates, which would repeat the numeric arithmetic at each use
                    FROM (SELECT y.loan_id, y.due_date, y.principal_due, y.interest_due, y.due, y.through,
                                 %2$s AS unpaid, %3$s AS principal_paid, %4$s AS interest_paid
                          FROM (SELECT i.loan_id, i.due_date, i.principal_due, i.interest_due, i.due_before, p.total,
                                       i.due_date <= $1 AS due,
                                       i.due_before + i.interest_due + i.principal_due AS through
                                FROM installment i
                                JOIN (SELECT b.id, COALESCE(paid.total, 0) AS total
                                      FROM batch b LEFT JOIN paid ON paid.loan_id = b.id) p ON p.id = i.loan_id
                                WHERE %12$s
                                -- in loan order, as the merge join on the installment index yields them: said so,
                                -- the order survives the subqueries and the GROUP BY needs no sort of the chunk's
                                -- 240,000 installments
                                ORDER BY i.loan_id
                                OFFSET 0) y
                          ORDER BY y.loan_id
                          OFFSET 0) x
                    GROUP BY x.loan_id
                ),
                aged AS (
                    SELECT b.*, w.oldest_unpaid_due, w.oldest_unpaid_through,
                           w.oldest_unpaid_through - COALESCE(paid.total, 0) AS oldest_unpaid_amount,
                           w.overdue_principal, w.overdue_interest, w.fully_repaid,
                           b.principal - w.principal_paid AS outstanding,
                           b.principal - w.principal_paid + w.overdue_interest AS ead,
                           -- due today is not past due
                           COALESCE($1 - w.oldest_unpaid_due, 0) AS dpd
                    FROM batch b JOIN waterfall w ON w.loan_id = b.id LEFT JOIN paid ON paid.loan_id = b.id
                ),
                classified AS (
                    -- as LoanAssessment with LoanClassification and Restructuring; categories as ranks 1..5 (%13$s)
                    SELECT a.*, o.observation_restarted, o.observation_ended, o.observation_start_after,
                           o.observation_until_after, f.other_sicr,
                           -- the worst of the floors and the judgment, at least substandard when credit-impaired
                           (%13$s)[CASE WHEN f.impaired THEN greatest(r.base_rank, 3) ELSE r.base_rank END] AS category,
                           -- IFRS 9: credit-impaired -> 3; SICR (30 DPD §5.5.11, downgrade, watch list) -> 2
                           CASE WHEN f.impaired THEN 3 WHEN a.dpd > %9$d OR f.other_sicr THEN 2 ELSE 1 END AS stage
                    FROM aged a
                    -- restructured assets, Arts. 17-21: the observation period restarts on non-performance (overdue
                    -- beyond the grace) and ends on the first date on or after observation_until with nothing overdue
                    CROSS JOIN LATERAL (
                        SELECT (a.observation_until IS NOT NULL AND a.observation_ended_on IS NULL AND a.dpd > $4)
                                   AS observation_restarted,
                               (a.observation_until IS NOT NULL AND a.observation_ended_on IS NULL AND a.dpd = 0
                                   AND $1 >= a.observation_until) AS observation_ended
                    ) o0
                    CROSS JOIN LATERAL (
                        SELECT o0.*,
                               CASE WHEN o0.observation_restarted THEN $1::date ELSE a.observation_start END
                                   AS observation_start_after,
                               CASE WHEN o0.observation_restarted THEN greatest(a.observation_until,
                                       ($1 + make_interval(months => a.observation_months))::date)
                                    ELSE a.observation_until END AS observation_until_after,
                               (a.observation_until IS NOT NULL AND a.observation_ended_on IS NULL
                                   AND NOT o0.observation_ended) AS observing
                    ) o
                    CROSS JOIN LATERAL (
                        SELECT greatest(
                                   -- overdue floors, CBIRC/PBOC Order [2023] No. 1 (technical grace $4 days)
                                   CASE WHEN a.dpd > %5$d THEN 5 WHEN a.dpd > %6$d THEN 4 WHEN a.dpd > %7$d THEN 3
                                        WHEN a.dpd > $4 THEN 2 ELSE 1 END,
                                   -- restructuring floor: performing before -> at least special mention; NPL -> no upgrade
                                   CASE WHEN o.observing THEN greatest(2,
                                           COALESCE(array_position(%13$s, a.pre_restructuring_category::text), 1))
                                        ELSE 1 END,
                                   -- a risk manager's judgment only ever makes it worse
                                   COALESCE(array_position(%13$s, a.judgment_category::text), 1)) AS base_rank
                    ) r
                    CROSS JOIN LATERAL (
                        SELECT (a.dpd > %8$d OR r.base_rank >= 3
                                   -- an open default episode: defaulted and not back to 0 DPD
                                   OR (a.prev_defaulted_on IS NOT NULL AND a.dpd > 0
                                       AND COALESCE(a.prev_restored_on < a.prev_defaulted_on, true))) AS impaired,
                               (COALESCE(array_position(%14$s, a.current_grade::text)
                                   - array_position(%14$s, a.origination_grade::text) >= %15$s::int, false)
                                OR a.watch_listed) AS other_sicr
                    ) f
                ),
                provisioned AS (
                    -- 12-month PD in stage 1, lifetime 1 - (1 - PD)^T (T = remaining years Actual/365, at least 1)
                    -- in stage 2, 1 in stage 3: as ExpectedCreditLoss
                    SELECT c.*,
                           CASE c.stage
                               WHEN 1 THEN round(c.one_year_pd, 8)
                               WHEN 2 THEN round(1 - power(1.0::float8 - c.one_year_pd::float8,
                                       greatest(1.0::float8, (c.maturity_date - $1)::float8 / 365.0::float8))::numeric, 8)
                               ELSE 1.00000000 END AS pd
                    FROM classified c
                ),
                assessed AS (
                    SELECT p.*,
                           round(p.pd * p.lgd * p.ead, 2) AS ecl,
                           (p.prev_category IS DISTINCT FROM p.category OR p.prev_stage IS DISTINCT FROM p.stage) AS changed,
                           -- default once per episode: never defaulted, or cured since the last default
                           (p.dpd > %8$d AND (p.prev_defaulted_on IS NULL
                                   OR COALESCE(p.prev_restored_on >= p.prev_defaulted_on, false))) AS defaulted,
                           -- cure: a loan in an open default episode is back to 0 days past due
                           (p.dpd = 0 AND p.prev_defaulted_on IS NOT NULL
                               AND COALESCE(p.prev_restored_on < p.prev_defaulted_on, true)) AS restored,
                           (SELECT count(*) FROM %10$s WHERE t.threshold > p.prev_level AND p.dpd >= t.threshold)::int
                               AS warnings,
                           CASE WHEN p.dpd = 0 THEN 0
                                ELSE greatest(p.prev_level,
                                        COALESCE((SELECT max(t.threshold) FROM %10$s WHERE p.dpd >= t.threshold), 0))
                                END AS level_after
                    FROM provisioned p
                )""".formatted(batchWhere,
                // unpaid: not covered by the money received (an installment of nothing is never unpaid)
                "y.through > y.total AND y.interest_due + y.principal_due > 0",
                // principal paid clamp(P - due_before - interest, 0, principal) and interest paid
                // clamp(P - due_before, 0, interest), as CASEs: comparisons are cheaper than numeric arithmetic
                "CASE WHEN y.through <= y.total THEN y.principal_due "
                        + "WHEN y.through - y.principal_due >= y.total THEN 0 "
                        + "ELSE y.total - y.through + y.principal_due END",
                "CASE WHEN y.through - y.principal_due <= y.total THEN y.interest_due "
                        + "WHEN y.due_before >= y.total THEN 0 ELSE y.total - y.due_before END",
                LoanClassification.LOSS_AFTER_DAYS, LoanClassification.DOUBTFUL_AFTER_DAYS,
                LoanClassification.SUBSTANDARD_AFTER_DAYS, LoanClassification.STAGE_3_AFTER_DAYS,
                LoanClassification.STAGE_2_AFTER_DAYS, THRESHOLDS, keyRange.replace("{key}", "r.loan_id"),
                keyRange.replace("{key}", "i.loan_id"), CATEGORIES, GradeScale.sqlArray(), sicrNotchesParam);
    }

    /** The five categories in regulatory order as a text array: rank 1 NORMAL .. 5 LOSS. */
    private static final String CATEGORIES = Arrays.stream(LoanCategory.values())
            .map(c -> "'" + c.name() + "'").collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));

    /** The assessment of given loans without any effect: $2 the loan ids. */
    static final String PREVIEW = assessment(PREVIEW_BATCH, PREVIEW_RANGE, "$5") + """

            SELECT id, dpd, category, stage, outstanding, overdue_principal, overdue_interest, ead, pd, ecl,
                   fully_repaid, warnings, level_after, changed, defaulted, restored, other_sicr,
                   observation_start_after, observation_until_after, observation_ended,
                   (%s) AS oldest_unpaid_number
            FROM assessed a ORDER BY id""".formatted(oldestUnpaidNumber("a"));

    /**
     * The number of the oldest unpaid installment (for the evidence of a signal): due on its date and with the
     * amount due up to and including it that the assessment found (lowest number on a tie, as the Java rule).
     */
    static String oldestUnpaidNumber(String assessed) {
        return """
                SELECT i.number FROM installment i
                WHERE i.loan_id = %1$s.id AND i.due_date = %1$s.oldest_unpaid_due
                  AND i.due_before + i.interest_due + i.principal_due = %1$s.oldest_unpaid_through
                ORDER BY i.number LIMIT 1""".formatted(assessed);
    }

    /**
     * One chunk of the run, all effects in one statement (one transaction): the loan_day rows (the chunk's progress
     * record; a row already there, e.g. from a concurrent request, means that loan is done and gets no other
     * effect), the loans' new state, the outbox events (loan-classified when category or stage changed, each newly
     * crossed early-warning threshold, loan-defaulted once per default episode, loan-restored when a defaulted loan
     * is current again), and an audit entry per material change.
     *
     * <p>Further parameters: $5 actor, $6 actor roles, $7 request id, $8 CloudEvent source, $9 topic,
     * $10/$11 loan-classified type/schema, $12/$13 early-warning type/schema, $14/$15 loan-defaulted type/schema,
     * $16/$17 loan-restored type/schema, $18 the downgrade in notches that is a significant increase in credit risk,
     * $19 the last loan id of the worker's range, $20 the W3C traceparent the run's events carry.
     * Returns the chunk's size, its last loan id and how many loans it assessed.
     */
    static final String RUN_CHUNK = assessment(RUN_BATCH, RUN_RANGE, "$18") + """
            ,
            day AS (
                INSERT INTO loan_day (loan_id, business_date, days_past_due, category, stage, outstanding_principal,
                                      overdue_principal, overdue_interest, ead, pd, lgd, ecl, classification_changed,
                                      warnings_raised, defaulted, recorded_at)
                SELECT id, $1, dpd, category, stage, outstanding, overdue_principal, overdue_interest, ead, pd, lgd, ecl,
                       changed, warnings, defaulted, clock_timestamp()
                FROM assessed
                ON CONFLICT (business_date, loan_id) DO NOTHING
                RETURNING loan_id
            ),
            done AS MATERIALIZED (
                SELECT a.* FROM assessed a JOIN day ON day.loan_id = a.id
            ),
            moved AS MATERIALIZED (
                -- a loan whose state did not move keeps its row (its loan_day row records the assessment): on an
                -- ordinary day most loans are current and unchanged, and rewriting a million rows costs more
                -- than the whole assessment
                SELECT d.* FROM done d
                WHERE d.changed OR d.defaulted OR d.restored OR d.fully_repaid OR d.prev_assessed_on IS NULL
                   OR d.dpd IS DISTINCT FROM d.prev_dpd OR d.ecl IS DISTINCT FROM d.prev_ecl
                   OR d.level_after <> d.prev_level OR d.observation_restarted OR d.observation_ended
            ),
            updated AS (
                UPDATE loan l
                SET assessed_on = $1, days_past_due = d.dpd, category = d.category, stage = d.stage, ecl = d.ecl,
                    warning_level = d.level_after,
                    status = CASE WHEN d.fully_repaid THEN 'REPAID' ELSE l.status END,
                    defaulted_on = CASE WHEN d.defaulted THEN $1 ELSE l.defaulted_on END,
                    first_defaulted_on = CASE WHEN d.defaulted THEN COALESCE(l.first_defaulted_on, $1)
                                              ELSE l.first_defaulted_on END,
                    restored_on = CASE WHEN d.restored THEN $1 ELSE l.restored_on END,
                    observation_start = d.observation_start_after, observation_until = d.observation_until_after,
                    observation_ended_on = CASE WHEN d.observation_ended THEN $1 ELSE l.observation_ended_on END,
                    version = l.version + 1
                FROM moved d
                -- the moved loans' ids as an array: a primary-key probe per loan whatever the (meaningless) row
                -- estimates of the CTEs; a join on the chunk's key range read the whole range's rows to update the
                -- tenth of them that move on an ordinary day (about 100 of a chunk's 900 ms)
                WHERE l.id = d.id AND l.id = ANY (ARRAY(SELECT m.id FROM moved m))
                RETURNING l.id
            ),
            events AS (
                INSERT INTO outbox (event_id, topic, message_key, event_type, source, data_schema, occurred_at, payload,
                                    trace_parent)
                SELECT gen_random_uuid(), $9::text, d.id::text, e.type, $8::text, e.schema, now(), e.payload, $20::text
                FROM done d
                CROSS JOIN LATERAL (
                    SELECT 0 AS ord, $10::text AS type, $11::text AS schema,
                           json_build_object('loanId', d.id, 'customerId', d.customer_id, 'asOf', $1::date,
                                   'previousCategory', d.prev_category, 'category', d.category, 'daysPastDue', d.dpd,
                                   'stage', d.stage, 'ecl', d.ecl, 'outstandingPrincipal', d.outstanding)::text AS payload
                    WHERE d.changed
                    UNION ALL
                    SELECT t.threshold, $12::text, $13::text,
                           json_build_object('signalId', gen_random_uuid(), 'loanId', d.id, 'customerId', d.customer_id,
                                   'signalType', t.signal, 'severity', t.severity,
                                   'evidence', format('Installment %%s due %%s (%%s %%s unpaid) is %%s days past due',
                                           (%2$s), d.oldest_unpaid_due, d.currency,
                                           d.oldest_unpaid_amount, d.dpd),
                                   'raisedOn', $1::date)::text
                    FROM %1$s
                    WHERE t.threshold > d.prev_level AND d.dpd >= t.threshold
                    UNION ALL
                    SELECT 1000, $14::text, $15::text,
                           json_build_object('loanId', d.id, 'customerId', d.customer_id, 'defaultDate', $1::date,
                                   'daysPastDue', d.dpd, 'category', d.category, 'currency', d.currency,
                                   'outstandingPrincipal', d.outstanding, 'overdueInterest', d.overdue_interest)::text
                    WHERE d.defaulted
                    UNION ALL
                    SELECT 2000, $16::text, $17::text,
                           json_build_object('loanId', d.id, 'customerId', d.customer_id, 'restoredOn', $1::date,
                                   'defaultedOn', d.prev_defaulted_on, 'category', d.category, 'stage', d.stage,
                                   'currency', d.currency, 'outstandingPrincipal', d.outstanding)::text
                    WHERE d.restored
                ) e
                ORDER BY d.id, e.ord
                RETURNING event_type, payload
            ),
            audited AS (
                INSERT INTO audit_log (occurred_at, actor, actor_roles, request_id, action, entity_type, entity_id,
                                       before_state, after_state)
                SELECT now(), $5::text, $6::text, $7::text, CASE WHEN d.defaulted THEN 'loan.defaulted' WHEN d.restored THEN 'loan.restored'
                            WHEN d.observation_ended THEN 'loan.observation-ended'
                            WHEN d.observation_restarted AND COALESCE(d.prev_dpd, 0) <= $4 THEN 'loan.observation-restarted'
                            ELSE 'loan.assessed' END, 'loan',
                       d.id::text,
                       json_build_object('assessedOn', d.prev_assessed_on, 'daysPastDue', d.prev_dpd,
                               'category', d.prev_category, 'stage', d.prev_stage, 'ecl', d.prev_ecl,
                               'status', d.prev_status, 'defaultedOn', d.prev_defaulted_on,
                               'restoredOn', d.prev_restored_on, 'observationUntil', d.observation_until)::text,
                       json_build_object('assessedOn', $1::date, 'daysPastDue', d.dpd, 'category', d.category,
                               'stage', d.stage, 'ecl', d.ecl,
                               'status', CASE WHEN d.fully_repaid THEN 'REPAID' ELSE d.prev_status END,
                               'defaultedOn', CASE WHEN d.defaulted THEN $1::date ELSE d.prev_defaulted_on END,
                               'restoredOn', CASE WHEN d.restored THEN $1::date ELSE d.prev_restored_on END,
                               'warnings', (SELECT COALESCE(json_agg(t.signal ORDER BY t.threshold), '[]'::json)
                                            FROM %1$s WHERE t.threshold > d.prev_level AND d.dpd >= t.threshold),
                               'judgment', d.judgment_category, 'otherSicr', d.other_sicr,
                               'observationUntil', d.observation_until_after,
                               'observationEndedOn', CASE WHEN d.observation_ended THEN $1::date ELSE d.observation_ended_on END,
                               -- acceleration on default (the accelerated CTE): read before it, from the snapshot
                               'acceleratedPrincipal', CASE WHEN d.defaulted THEN (SELECT COALESCE(sum(i.principal_due), 0)
                                   FROM installment i WHERE i.loan_id = d.id AND i.due_date > $1) END,
                               'cancelledInterest', CASE WHEN d.defaulted THEN (SELECT COALESCE(sum(i.interest_due
                                   - least(i.interest_due, i.interest_paid)), 0)
                                   FROM installment i WHERE i.loan_id = d.id AND i.due_date > $1) END)::text
                FROM done d
                WHERE d.changed OR d.defaulted OR d.restored OR d.warnings > 0 OR d.fully_repaid OR d.observation_ended
                   -- the first day of non-performance that restarts an observation period
                   OR (d.observation_restarted AND COALESCE(d.prev_dpd, 0) <= $4)
                RETURNING 1
            ),
            accelerated AS (
                -- Acceleration on default: the remaining principal falls due on the default date and no further
                -- contractual interest is scheduled (the loan is non-accrual: IFRS 9 §5.4.1(b) recognises a
                -- credit-impaired asset's interest only on its amortised cost, and Chinese banks stop accruing
                -- interest on loans more than 90 days overdue, (unconfirmed) the exact rule). So what the borrower
                -- owes is exactly collections' exposure at default (outstanding principal + overdue interest), and
                -- recoveries of that amount close the loan. Interest already paid ahead on a future installment stays.
                -- Same statement as the loan_day row: restartable with the chunk.
                -- Only the (few) loans this chunk defaulted: their installments by a per-loan index probe (LATERAL).
                UPDATE installment i
                SET due_date = n.due_date, interest_due = n.interest_due, due_before = n.due_before
                FROM (
                    SELECT x.* FROM done d
                    CROSS JOIN LATERAL (
                        SELECT y.id, y.loan_id, least(y.due_date, $1::date) AS due_date,
                               CASE WHEN y.due_date > $1 THEN least(y.interest_due, y.interest_paid)
                                    ELSE y.interest_due END AS interest_due,
                               COALESCE(sum(y.principal_due + CASE WHEN y.due_date > $1
                                           THEN least(y.interest_due, y.interest_paid) ELSE y.interest_due END)
                                        OVER (ORDER BY least(y.due_date, $1::date), y.number
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS due_before
                        FROM installment y WHERE y.loan_id = d.id
                    ) x
                    WHERE d.defaulted
                ) n
                WHERE i.id = n.id AND i.loan_id = n.loan_id
                  -- the defaulted loans' ids as an array: their installments by index probes, not a hash of the
                  -- whole range's 240,000 installments for a few defaulted loans (190 ms of a chunk)
                  AND i.loan_id = ANY (ARRAY(SELECT d.id FROM done d WHERE d.defaulted))
                  AND (i.due_date <> n.due_date OR i.interest_due <> n.interest_due OR i.due_before <> n.due_before)
                RETURNING i.loan_id
            ),
            signals AS (
                -- the early-warning events above become OPEN signal rows with the same signal id (RunSignals then
                -- puts the HIGH and CRITICAL ones on the watch list)
                INSERT INTO early_warning_signal (id, loan_id, customer_id, signal_type, severity, evidence, raised_on,
                                                  raised_at, status, dedup_key, version)
                SELECT (w.p->>'signalId')::uuid, (w.p->>'loanId')::uuid, (w.p->>'customerId')::uuid, w.p->>'signalType',
                       w.p->>'severity', w.p->>'evidence', $1::date, now(), 'OPEN',
                       concat_ws(':', w.p->>'signalType', w.p->>'loanId', $1::text), 0
                FROM (SELECT e.payload::json AS p FROM events e WHERE e.event_type = $12::text) w
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING 1
            )
            SELECT (SELECT count(*) FROM batch)::int AS chunk,
                   (SELECT max_id FROM bounds) AS last_id,
                   (SELECT count(*) FROM done)::int AS assessed,
                   (SELECT count(*) FROM updated)::int AS updated,
                   (SELECT count(*) FROM events)::int AS events,
                   (SELECT count(*) FROM audited)::int AS audited,
                   (SELECT count(DISTINCT loan_id) FROM accelerated)::int AS accelerated""".formatted(THRESHOLDS, oldestUnpaidNumber("d"));
}
