package org.smecredit.monitoring.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.monitoring.v1.EarlyWarningRaised;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.monitoring.classification.EarlyWarningRules;
import org.smecredit.monitoring.classification.EarlyWarningRules.Signal;
import org.smecredit.monitoring.classification.LoanAssessment;
import org.smecredit.monitoring.classification.LoanClassification;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.monitoring.loan.Installment;
import org.smecredit.monitoring.loan.Loan;
import org.smecredit.monitoring.loan.LoanLocks;
import org.smecredit.monitoring.loan.LoanStatus;
import org.smecredit.monitoring.rating.CustomerPd;
import org.smecredit.monitoring.repayment.Repayment;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The end-of-day run: assesses every active loan for a business date (days past due, five-category floor, IFRS 9
 * stage, ECL), publishes what changed, and records a summary.
 *
 * <p>Restartable and exactly-once per loan and date: the run row is written first (RUNNING), loans are assessed in
 * batches of one transaction each, and each loan's {@link LoanDay} row commits with its state change and its outbox
 * events. A crash loses at most the batch under way; running the date again resumes with the loans that have no
 * row yet, then marks the run COMPLETED. A completed date replays its stored summary with no new effect.
 */
@ApplicationScoped
public class DailyRunService {
    private static final Logger LOG = Logger.getLogger(DailyRunService.class);

    static final String PENDING_LOANS = """
            select l.id from Loan l
            where l.status = :active and l.disbursedOn <= :date
              and not exists (select 1 from LoanDay d where d.loanId = l.id and d.businessDate = :date)
            order by l.id""";

    static final String SUMMARY = """
            select d.category, d.stage, count(d), sum(d.outstandingPrincipal), sum(d.ecl),
                   sum(case when d.classificationChanged then 1 else 0 end), sum(d.warningsRaised),
                   sum(case when d.defaulted then 1 else 0 end)
            from LoanDay d where d.businessDate = :date
            group by d.category, d.stage""";

    private final Outbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final MonitoringConfig config;

    public DailyRunService(Outbox outbox, AuditTrail audit, BusinessClock clock, MonitoringConfig config) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** What a run request produced: a fresh (or resumed) completion, or the replay of a completed date. */
    public record Outcome(DailyRunView run, boolean replayed) {
    }

    /** Runs (or resumes) the date, or replays it if it already completed. Not inside a caller's transaction. */
    public Uni<Outcome> run(LocalDate date, Actor actor) {
        return Panache.withTransaction(() -> start(date, actor))
                .chain(completed -> completed != null
                        ? Uni.createFrom().item(new Outcome(completed, true))
                        : assessRemaining(date, actor)
                                .chain(() -> Panache.withTransaction(() -> complete(date, actor)))
                                .map(view -> new Outcome(view, false)));
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

    private Uni<Void> assessRemaining(LocalDate date, Actor actor) {
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(s -> s.createSelectionQuery(PENDING_LOANS, UUID.class)
                                .setParameter("active", LoanStatus.ACTIVE)
                                .setParameter("date", date)
                                .setMaxResults(config.dailyRun().batchSize())
                                .getResultList())
                        .chain(ids -> assessBatch(ids, date, actor).replaceWith(ids.size())))
                .chain(n -> n == 0 ? Uni.createFrom().voidItem() : assessRemaining(date, actor));
    }

    private Uni<Void> assessBatch(List<UUID> ids, LocalDate date, Actor actor) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (UUID id : ids.stream().sorted().toList()) {
            locked = locked.chain(() -> LoanLocks.lock(id));
        }
        // under the locks: skip loans another run request finished meanwhile, then read fresh state
        return locked
                .chain(() -> LoanDay.<LoanDay>list("businessDate = ?1 and loanId in ?2", date, ids))
                .chain(done -> {
                    Set<UUID> finished = new HashSet<>();
                    done.forEach(d -> finished.add(d.loanId));
                    List<UUID> todo = ids.stream().filter(id -> !finished.contains(id)).sorted().toList();
                    if (todo.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return Loan.<Loan>list("id in ?1 order by id", todo).chain(loans ->
                            Installment.ofLoans(todo).chain(installments ->
                                    Repayment.ofLoans(todo).chain(repayments ->
                                            CustomerPd.ofCustomers(loans.stream().map(l -> l.customerId).distinct().toList())
                                                    .chain(pds -> {
                                                        Uni<Void> chain = Uni.createFrom().voidItem();
                                                        for (Loan loan : loans) {
                                                            List<Installment> mine = installments.stream()
                                                                    .filter(i -> i.loanId.equals(loan.id)).toList();
                                                            List<Repayment> paid = repayments.stream()
                                                                    .filter(p -> p.loanId.equals(loan.id)).toList();
                                                            CustomerPd pd = pds.get(loan.customerId);
                                                            chain = chain.chain(() -> assessLoan(loan, mine, paid, pd, date, actor));
                                                        }
                                                        return chain;
                                                    }))));
                });
    }

    private Uni<Void> assessLoan(Loan loan, List<Installment> installments, List<Repayment> repayments,
                                 CustomerPd rating, LocalDate date, Actor actor) {
        BigDecimal oneYearPd = rating != null ? rating.pd : loan.pd;
        LoanAssessment a = LoanAssessment.assess(
                new LoanAssessment.Terms(loan.principal, loan.maturityDate, oneYearPd, loan.lgd),
                installments.stream().map(Installment::scheduled).toList(),
                repayments.stream().filter(p -> p.currency.equals(loan.currency)).map(Repayment::payment).toList(),
                date, config.classification().technicalGraceDays());

        LoanCategory previousCategory = loan.category;
        Integer previousStage = loan.stage;
        LoanStatus previousStatus = loan.status;
        boolean changed = previousCategory != a.category() || previousStage == null || previousStage != a.stage();
        List<Signal> signals = EarlyWarningRules.newlyCrossed(loan.warningLevel, a.daysPastDue());
        boolean defaulted = loan.defaultedOn == null && LoanClassification.isDefault(a.daysPastDue());
        Map<String, Object> before = snapshot(loan);

        loan.assessed(a, EarlyWarningRules.levelAfter(loan.warningLevel, a.daysPastDue()));
        if (defaulted) {
            loan.defaultedOn = date;
        }

        LoanDay day = new LoanDay();
        day.loanId = loan.id;
        day.businessDate = date;
        day.daysPastDue = a.daysPastDue();
        day.category = a.category();
        day.stage = a.stage();
        day.outstandingPrincipal = a.outstandingPrincipal();
        day.overduePrincipal = a.overduePrincipal();
        day.overdueInterest = a.overdueInterest();
        day.ead = a.ead();
        day.pd = a.pd();
        day.lgd = a.lgd();
        day.ecl = a.ecl();
        day.classificationChanged = changed;
        day.warningsRaised = signals.size();
        day.defaulted = defaulted;
        day.recordedAt = Instant.now();

        Uni<?> effects = day.persist();
        if (changed) {
            effects = effects.chain(() -> outbox.append(EventTypes.MONITORING_LOAN_CLASSIFIED, loan.id,
                    new LoanClassified(loan.id, loan.customerId, date, previousCategory, a.category(), a.daysPastDue(),
                            a.stage(), a.ecl(), a.outstandingPrincipal())));
        }
        for (Signal s : signals) {
            effects = effects.chain(() -> outbox.append(EventTypes.MONITORING_EARLY_WARNING_RAISED, loan.id,
                    new EarlyWarningRaised(UUID.randomUUID(), loan.id, loan.customerId, s.name(), s.severity,
                            evidence(loan, a), date)));
        }
        if (defaulted) {
            effects = effects.chain(() -> outbox.append(EventTypes.MONITORING_LOAN_DEFAULTED, loan.id,
                    new LoanDefaulted(loan.id, loan.customerId, date, a.daysPastDue(), a.category(), loan.currency,
                            a.outstandingPrincipal(), a.overdueInterest())));
        }
        // material changes go to the audit trail; the loan_day row is the day-by-day history
        if (changed || defaulted || !signals.isEmpty() || loan.status != previousStatus) {
            Map<String, Object> after = snapshot(loan);
            after.put("warnings", signals.stream().map(Enum::name).toList());
            effects = effects.chain(() -> audit.record(actor, defaulted ? "loan.defaulted" : "loan.assessed", "loan",
                    loan.id, before, after));
        }
        return effects.replaceWithVoid();
    }

    private static String evidence(Loan loan, LoanAssessment a) {
        return a.oldestUnpaid()
                .map(i -> "Installment " + i.number() + " due " + i.dueDate() + " (" + loan.currency + " "
                        + i.unpaid().toPlainString() + " unpaid) is " + a.daysPastDue() + " days past due")
                .orElse(a.daysPastDue() + " days past due");
    }

    private static Map<String, Object> snapshot(Loan l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assessedOn", l.assessedOn);
        m.put("daysPastDue", l.daysPastDue);
        m.put("category", l.category);
        m.put("stage", l.stage);
        m.put("ecl", l.ecl);
        m.put("status", l.status);
        m.put("defaultedOn", l.defaultedOn);
        return m;
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
