package org.smecredit.monitoring.run;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.monitoring.signal.RunSignals;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.trace.Tracing;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The end-of-day run: assesses every active loan for a business date (days past due, five-category floor, IFRS 9
 * stage, ECL), publishes what changed, and records a summary.
 *
 * <p>Set-based: loans are assessed in chunks of {@code monitoring.daily-run.batch-size} by loan id range, each chunk
 * one SQL statement ({@link DailyRunSql}) in one transaction, so a million loans take seconds, not hours.
 *
 * <p>Restartable and exactly-once per loan and date: the run row is written first (RUNNING), and each loan's
 * {@link LoanDay} row commits with its state change, its outbox events and its audit entry. A crash loses at most
 * the chunk under way; running the date again resumes with the loans that have no row yet, then marks the run
 * COMPLETED. A completed date replays its stored summary with no new effect. Rerunning the same date on the same
 * data gives the same rows: the assessment reads only the schedule, the repayments valued by that date and the PD.
 */
@ApplicationScoped
public class DailyRunService {
    private static final Logger LOG = Logger.getLogger(DailyRunService.class);

    /** Below every loan id: the first chunk starts after it. */
    private static final UUID FIRST_ID = new UUID(0L, 0L);

    /** The highest loan id: the last range ends with it. */
    private static final UUID LAST_ID = new UUID(-1L, -1L);

    static final String SUMMARY = """
            select d.category, d.stage, count(d.loanId), sum(d.outstandingPrincipal), sum(d.ecl),
                   sum(case when d.classificationChanged then 1 else 0 end), sum(d.warningsRaised),
                   sum(case when d.defaulted then 1 else 0 end)
            from LoanDay d where d.businessDate = :date
            group by d.category, d.stage""";

    private final AuditTrail audit;
    private final BusinessClock clock;
    private final MonitoringConfig config;
    private final Pool database;
    /** CloudEvent source of the events staged in SQL, as {@link org.smecredit.platform.outbox.Outbox} writes it. */
    private final String source;

    /** Signals that follow a completed run (contagion, industry alerts, watch list); idempotent, so replays run it. */
    private final RunSignals runSignals;

    public DailyRunService(AuditTrail audit, BusinessClock clock, MonitoringConfig config, Pool database,
                           RunSignals runSignals, @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.runSignals = runSignals;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        this.database = database;
        this.source = "/smecredit/" + serviceName;
    }

    /** What a run request produced: a fresh (or resumed) completion, or the replay of a completed date. */
    public record Outcome(DailyRunView run, boolean replayed) {
    }

    /** Runs (or resumes) the date, or replays it if it already completed. Not inside a caller's transaction. */
    public Uni<Outcome> run(LocalDate date, Actor actor) {
        // the run's events, staged in SQL, continue the caller's trace (W3C traceparent, as Outbox stamps its rows)
        String traceParent = Tracing.outgoing().header();
        return Panache.withTransaction(() -> start(date, actor))
                .chain(completed -> completed != null
                        ? Uni.createFrom().item(new Outcome(completed, true))
                        : assessRemaining(date, actor, traceParent)
                                .chain(() -> Panache.withTransaction(() -> complete(date, actor)))
                                .map(view -> new Outcome(view, false)))
                .call(o -> runSignals.afterRun(o.run().businessDate(), actor));
    }

    @WithSession
    public Uni<DailyRunView> get(LocalDate date) {
        return DailyRun.forDate(date)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("daily run of", date))
                .map(DailyRunView::of);
    }

    /** Returns the stored summary when the date already completed, null when the run is to proceed. */
    private Uni<DailyRunView> start(LocalDate date, Actor actor) {
        return DailyRun.forDate(date).chain(existing -> {
            if (existing != null && existing.status == DailyRunStatus.COMPLETED) {
                return Uni.createFrom().item(DailyRunView.of(existing));
            }
            LocalDate today = clock.today();
            if (date.isAfter(today) && !config.dailyRun().allowFutureDates()) {
                return Uni.createFrom().failure(ProblemException.unprocessable("future-business-date", "businessDate",
                        "business date " + date + " is after today's business date " + today));
            }
            return DailyRun.lastCompleted().chain(last -> {
                if (last != null && date.isBefore(last.businessDate)) {
                    return Uni.createFrom().failure(ProblemException.conflict("daily-run-out-of-order",
                                    "business date " + date + " is before the last completed run (" + last.businessDate
                                            + "); runs move forward only")
                            .with("lastCompletedDate", last.businessDate.toString()));
                }
                return DailyRun.unfinished().chain(open -> {
                    if (open != null && !open.businessDate.equals(date)) {
                        return Uni.createFrom().failure(ProblemException.conflict("daily-run-unfinished",
                                        "the run of " + open.businessDate + " has not completed; run that date again to resume it first")
                                .with("unfinishedDate", open.businessDate.toString()));
                    }
                    if (existing != null) {
                        LOG.infof("resuming the daily run of %s", date);
                        return audit.record(actor, "daily-run.resumed", "daily_run", date, null, null)
                                .replaceWith((DailyRunView) null);
                    }
                    DailyRun r = new DailyRun();
                    r.id = UUID.randomUUID();
                    r.businessDate = date;
                    r.status = DailyRunStatus.RUNNING;
                    r.startedAt = Instant.now();
                    r.startedBy = actor.name();
                    return r.persist()
                            .chain(() -> audit.record(actor, "daily-run.started", "daily_run", date, null, DailyRunView.of(r)))
                            .replaceWith((DailyRunView) null);
                });
            });
        });
    }

    /**
     * Assesses the loans that have no loan_day row for the date yet, chunk by chunk in loan id order. Each chunk is
     * one transaction running {@link DailyRunSql#RUN_CHUNK}: the loan_day rows, the loans' new state, the outbox
     * events and the audit entries commit together or not at all, so a crash loses at most the chunk under way (one
     * per worker) and the next request for the date resumes after the last committed one.
     *
     * <p>{@code monitoring.daily-run.parallelism} workers run at the same time on their own connections, each over a
     * fixed, disjoint range of loan ids ({@link #idRanges}): the work is in the PostgreSQL backend, one per core.
     * Disjoint ranges mean no loan is taken by two workers, and the loan_day row stays the only progress mark, so a
     * resume needs no record of where each worker stopped.
     */
    private Uni<Void> assessRemaining(LocalDate date, Actor actor, String traceParent) {
        List<UUID[]> ranges = idRanges(config.dailyRun().parallelism());
        int[] assessedSoFar = new int[1];
        List<Uni<Void>> workers = new ArrayList<>();
        for (int worker = 0; worker < ranges.size(); worker++) {
            UUID[] range = ranges.get(worker);
            workers.add(assessChunksAfter(range[0], range[1], worker, date, actor, traceParent, assessedSoFar));
        }
        // all workers finish (or fail) before the run goes on: collectFailures does not cancel a worker mid-chunk
        return workers.size() == 1 ? workers.get(0)
                : Uni.combine().all().unis(workers).collectFailures().discardItems();
    }

    /**
     * The id space split into {@code parallelism} equal ranges, each as (exclusive start, inclusive end) in
     * PostgreSQL's uuid order (unsigned, byte by byte, i.e. the 128-bit number). Loan ids come from origination as
     * random UUIDs, so equal ranges hold about equal numbers of loans: no query is needed to split the book.
     */
    static List<UUID[]> idRanges(int parallelism) {
        int n = Math.max(1, parallelism);
        BigInteger space = BigInteger.ONE.shiftLeft(128);
        List<UUID[]> ranges = new ArrayList<>();
        UUID start = FIRST_ID;
        for (int k = 1; k <= n; k++) {
            UUID end = k == n ? LAST_ID
                    : uuid(space.multiply(BigInteger.valueOf(k)).divide(BigInteger.valueOf(n))
                            .subtract(BigInteger.ONE));
            ranges.add(new UUID[]{start, end});
            start = end;
        }
        return ranges;
    }

    private static UUID uuid(BigInteger value) {
        return new UUID(value.shiftRight(64).longValue(), value.longValue());
    }

    private Uni<Void> assessChunksAfter(UUID after, UUID last, int worker, LocalDate date, Actor actor,
                                        String traceParent, int[] assessedSoFar) {
        Tuple params = Tuple.tuple()
                .addValue(date)
                .addValue(after)
                .addValue(config.dailyRun().batchSize())
                .addValue(config.classification().technicalGraceDays())
                .addValue(actor.name())
                .addValue(String.join(",", actor.roles()))
                .addValue(actor.requestId())
                .addValue(source)
                .addValue(EventTypes.MONITORING_LOAN_CLASSIFIED.topic())
                .addValue(EventTypes.MONITORING_LOAN_CLASSIFIED.type())
                .addValue(EventTypes.MONITORING_LOAN_CLASSIFIED.dataSchema())
                .addValue(EventTypes.MONITORING_EARLY_WARNING_RAISED.type())
                .addValue(EventTypes.MONITORING_EARLY_WARNING_RAISED.dataSchema())
                .addValue(EventTypes.MONITORING_LOAN_DEFAULTED.type())
                .addValue(EventTypes.MONITORING_LOAN_DEFAULTED.dataSchema())
                .addValue(EventTypes.MONITORING_LOAN_RESTORED.type())
                .addValue(EventTypes.MONITORING_LOAN_RESTORED.dataSchema())
                .addValue(config.ifrs9().sicrDowngradeNotches())
                .addValue(last)
                .addValue(traceParent);
        return database.withTransaction(conn -> conn
                        // one chunk of a range at a time across concurrent requests for the date (each worker its own
                        // lock: the ranges are disjoint); loans themselves are row-locked by the UPDATE, which booking
                        // and repayments also take (LoanLocks)
                        .preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended('monitoring.daily-run', $1))")
                        .execute(Tuple.of((long) worker))
                        // session settings of this transaction only: the chunk's sorts and hashes in memory, and no
                        // JIT compilation (its per-execution compile cost, about 1.3 s per chunk of 20,000 loans on
                        // this statement, exceeds the statement's own run time)
                        .chain(() -> conn.query("SET LOCAL work_mem = '64MB'").execute())
                        .chain(() -> conn.query("SET LOCAL jit = off").execute())
                        .chain(() -> conn.preparedQuery(DailyRunSql.RUN_CHUNK).execute(params)))
                .map(rows -> rows.iterator().next())
                .chain(row -> {
                    int chunk = row.getInteger("chunk");
                    if (chunk == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    synchronized (assessedSoFar) {
                        assessedSoFar[0] += row.getInteger("assessed");
                    }
                    LOG.debugf("daily run %s: %d loans assessed so far (%d events in this chunk)", date,
                            assessedSoFar[0], row.getInteger("events"));
                    return assessChunksAfter(row.getUUID("last_id"), last, worker, date, actor, traceParent, assessedSoFar);
                });
    }

    private Uni<DailyRunView> complete(LocalDate date, Actor actor) {
        return DailyRun.forDate(date).chain(run -> {
            if (run.status == DailyRunStatus.COMPLETED) {
                return Uni.createFrom().item(DailyRunView.of(run));
            }
            return Panache.getSession()
                    .chain(s -> s.createSelectionQuery(SUMMARY, Object[].class).setParameter("date", date).getResultList())
                    .chain(rows -> {
                        summarise(run, rows);
                        run.status = DailyRunStatus.COMPLETED;
                        run.completedAt = Instant.now();
                        DailyRunView view = DailyRunView.of(run);
                        LOG.infof("daily run %s completed: %d loans, ECL %s", date, run.loansAssessed, run.totalEcl);
                        return audit.record(actor, "daily-run.completed", "daily_run", date, null, view).replaceWith(view);
                    });
        });
    }

    private static void summarise(DailyRun run, List<Object[]> rows) {
        int[] byCategory = new int[LoanCategory.values().length];
        int[] byStage = new int[4];
        int loans = 0;
        int classified = 0;
        int warnings = 0;
        int defaults = 0;
        BigDecimal outstanding = BigDecimal.ZERO.setScale(2);
        BigDecimal ecl = BigDecimal.ZERO.setScale(2);
        for (Object[] r : new ArrayList<>(rows)) {
            LoanCategory category = (LoanCategory) r[0];
            int stage = ((Number) r[1]).intValue();
            int count = ((Number) r[2]).intValue();
            byCategory[category.ordinal()] += count;
            byStage[stage] += count;
            loans += count;
            outstanding = outstanding.add((BigDecimal) r[3]);
            ecl = ecl.add((BigDecimal) r[4]);
            classified += ((Number) r[5]).intValue();
            warnings += ((Number) r[6]).intValue();
            defaults += ((Number) r[7]).intValue();
        }
        run.loansAssessed = loans;
        run.normalCount = byCategory[LoanCategory.NORMAL.ordinal()];
        run.specialMentionCount = byCategory[LoanCategory.SPECIAL_MENTION.ordinal()];
        run.substandardCount = byCategory[LoanCategory.SUBSTANDARD.ordinal()];
        run.doubtfulCount = byCategory[LoanCategory.DOUBTFUL.ordinal()];
        run.lossCount = byCategory[LoanCategory.LOSS.ordinal()];
        run.stage1Count = byStage[1];
        run.stage2Count = byStage[2];
        run.stage3Count = byStage[3];
        run.totalOutstanding = outstanding;
        run.totalEcl = ecl;
        run.classifiedEvents = classified;
        run.warningEvents = warnings;
        run.defaultEvents = defaults;
    }
}
