package org.smecredit.monitoring.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Times the daily run over a loan book of {@code bench.loans} (default 1,000,000) loans on the local PostgreSQL
 * (database {@code sme_monitoring_bench}); not part of the normal build. Run:
 * {@code ./mvnw -B -pl monitoring-service test -Pbench [-Dbench.loans=1000000] [-Dbench.batch-size=20000]
 * [-Dbench.parallelism=2] [-Dbench.reuse=true]} (reuse: keep the book seeded by an earlier run and only reset its
 * state).
 *
 * <p>Seeded with generate_series: 12 monthly installments per loan (principal 10,000.00 each, interest on the
 * outstanding), disbursed 2025-12-18..2026-01-15, repayments of two bookings per loan that pay 80 % of the loans
 * ahead of schedule, 10 % to the last due installment, and leave 5 % about a month behind, 3 % two to three months,
 * 1 % seven months and 1 % nothing paid. The book is seeded as assessed on 2026-11-19 with every loan current, so
 * day 1 (2026-11-20) finds the 10 % that fell behind (classification changes, warnings, defaults: events and audit
 * entries for each) and day 2 (2026-11-21) is an ordinary day where only the loans crossing a threshold change.
 * Prints wall time, loans per second and the JVM's peak resident memory (VmHWM); the run goes through the REST
 * API like the end-of-day trigger.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@TestSecurity(user = "bench", roles = "risk-manager")
class DailyRunBench {
    static final int LOANS = Integer.getInteger("bench.loans", 1_000_000);

    @Inject
    Pool database;

    @Test
    void dailyRunOfTheWholeBook() throws Exception {
        long seedStart = System.nanoTime();
        if (Boolean.getBoolean("bench.reuse") && count("loan") == LOANS) {
            resetToTheSeededState();
        } else {
            seed();
        }
        System.out.printf("%nBENCH seeded %,d loans, %,d installments, %,d repayments in %.1f s%n", LOANS,
                count("installment"), count("repayment"), (System.nanoTime() - seedStart) / 1e9);
        long hwmBefore = vmHwmKb();

        for (String date : new String[]{"2026-11-20", "2026-11-21"}) {
            long outboxBefore = count("outbox");
            long auditBefore = count("audit_log");
            long start = System.nanoTime();
            Map<String, Object> run = given().contentType(ContentType.JSON).body(Map.of("businessDate", date))
                    .post("/api/monitoring/daily-runs").then().statusCode(201).extract().jsonPath().getMap("$");
            double seconds = (System.nanoTime() - start) / 1e9;
            int assessed = ((Number) run.get("loansAssessed")).intValue();
            assertEquals(LOANS, assessed);
            System.out.printf("BENCH daily run %s: %,d loans in %.2f s = %,.0f loans/s; events %,d, audit entries %,d; "
                            + "by category %s, by stage %s, ECL %s; JVM VmHWM %,d kB; load average %s%n",
                    date, assessed, seconds, assessed / seconds, count("outbox") - outboxBefore,
                    count("audit_log") - auditBefore, run.get("byCategory"), run.get("byStage"), run.get("totalEcl"),
                    vmHwmKb(), Files.readString(Path.of("/proc/loadavg")).trim());
            // a rerun of the date replays its summary without effect
            given().contentType(ContentType.JSON).body(Map.of("businessDate", date))
                    .post("/api/monitoring/daily-runs").then().statusCode(200);
        }
        System.out.printf("BENCH JVM peak resident memory (VmHWM): %,d kB (%,d kB before the runs); max heap %,d MB%n%n",
                vmHwmKb(), hwmBefore, Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }

    private void seed() {
        String[] statements = {
                "SET synchronous_commit = off",
                """
                INSERT INTO loan (id, application_id, customer_id, principal, currency, annual_rate, disbursed_on,
                                  maturity_date, grade, pd, lgd, status, unapplied_credit, warning_level, booked_at, version,
                                  assessed_on, days_past_due, category, stage, ecl)
                SELECT md5('loan' || g)::uuid, md5('application' || g)::uuid, md5('customer' || (g %% 400000))::uuid,
                       120000.00, 'CNY', 0.0485, date '2026-01-15' - (g %% 28), date '2027-01-15' - (g %% 28),
                       'BBB', 0.0100 + (g %% 10) * 0.0020, 0.4500, 'ACTIVE', 0, 0, now(), 0,
                       -- yesterday's state: all current (the runs find who fell behind)
                       date '2026-11-19', 0, 'NORMAL', 1, round(30000.00 * (0.0100 + (g %% 10) * 0.0020) * 0.45, 2)
                FROM generate_series(1, %d) g""".formatted(LOANS),
                // interest of installment k: 40.42 per 10,000.00 outstanding (4.85 %% / 12); due_before in closed form
                """
                INSERT INTO installment (loan_id, number, due_date, principal_due, interest_due, principal_paid,
                                         interest_paid, due_before)
                SELECT l.id, k, (l.disbursed_on + make_interval(months => k))::date, 10000.00, 40.42 * (13 - k), 0, 0,
                       (k - 1) * 10000.00 + 40.42 * ((k - 1) * 13 - (k - 1) * k / 2)
                FROM loan l CROSS JOIN generate_series(1, 12) k
                ORDER BY l.id, k""",
                // paid through installment m (the amount due up to and including it) in two bookings
                """
                WITH plan AS (
                    SELECT l.id, g, CASE WHEN g %% 100 < 80 THEN 11 WHEN g %% 100 < 90 THEN 10 WHEN g %% 100 < 95 THEN 9
                                         WHEN g %% 100 < 98 THEN 7 WHEN g %% 100 < 99 THEN 3 ELSE 0 END AS m
                    FROM generate_series(1, %d) g JOIN loan l ON l.id = md5('loan' || g)::uuid
                ), due AS (
                    SELECT id, g, m, m * 10000.00 + 40.42 * (m * 13 - m * (m + 1) / 2) AS amount FROM plan WHERE m > 0
                )
                INSERT INTO repayment (repayment_id, loan_id, amount, currency, value_date, received_at, applied_at)
                SELECT md5('repayment' || g || '-' || part)::uuid, id,
                       CASE part WHEN 1 THEN round(amount / 2, 2) ELSE amount - round(amount / 2, 2) END, 'CNY',
                       date '2026-01-15' + part * 60, now(), now()
                FROM due CROSS JOIN generate_series(1, 2) part
                ORDER BY id, part""".formatted(LOANS),
                "ANALYZE loan", "ANALYZE installment", "ANALYZE repayment"};
        for (String sql : statements) {
            database.query(sql).execute().await().indefinitely();
        }
    }

    /** Back to the state after seeding: no runs, every loan current as of 2026-11-19 (audit entries stay: append-only). */
    private void resetToTheSeededState() {
        for (String sql : new String[]{
                "DELETE FROM loan_day", "DELETE FROM daily_run", "DELETE FROM outbox",
                "DELETE FROM early_warning_signal", "DELETE FROM watch_list_entry",
                // the defaulted loans' schedules as seeded (acceleration moved their remaining installments)
                """
                UPDATE installment i
                SET due_date = (l.disbursed_on + make_interval(months => i.number))::date,
                    interest_due = 40.42 * (13 - i.number),
                    due_before = (i.number - 1) * 10000.00 + 40.42 * ((i.number - 1) * 13 - (i.number - 1) * i.number / 2)
                FROM loan l
                WHERE l.id = i.loan_id AND l.first_defaulted_on IS NOT NULL""",
                """
                UPDATE loan SET assessed_on = date '2026-11-19', days_past_due = 0, category = 'NORMAL', stage = 1,
                                ecl = round(30000.00 * pd * lgd, 2), warning_level = 0, defaulted_on = NULL,
                                first_defaulted_on = NULL, restored_on = NULL, status = 'ACTIVE'
                WHERE assessed_on <> date '2026-11-19' OR status <> 'ACTIVE'""",
                "VACUUM ANALYZE loan", "VACUUM ANALYZE loan_day", "VACUUM ANALYZE installment",
                "VACUUM ANALYZE early_warning_signal"}) {
            database.query(sql).execute().await().indefinitely();
        }
    }

    private long count(String table) {
        Row row = database.query("SELECT count(*) FROM " + table).execute().await().indefinitely().iterator().next();
        return row.getLong(0);
    }

    /** Peak resident set size of this JVM (the service under test runs in it). */
    private static long vmHwmKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
