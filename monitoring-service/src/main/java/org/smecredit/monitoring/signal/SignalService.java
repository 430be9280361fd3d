package org.smecredit.monitoring.signal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.monitoring.v1.EarlyWarningRaised;
import org.smecredit.monitoring.loan.Loan;
import org.smecredit.monitoring.loan.LoanStatus;
import org.smecredit.monitoring.watchlist.WatchListService;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Raises early-warning signals (persisted, published as {@code monitoring.early-warning-raised.v1} through the
 * outbox, audited, and — when HIGH or above, or a covenant breach or contagion — feeding the watch list) and moves
 * them through OPEN → ACKNOWLEDGED → RESOLVED.
 */
@ApplicationScoped
public class SignalService {
    private static final Logger LOG = Logger.getLogger(SignalService.class);

    private final AuditTrail audit;
    private final Outbox outbox;
    private final WatchListService watchList;
    private final BusinessClock clock;

    public SignalService(AuditTrail audit, Outbox outbox, WatchListService watchList, BusinessClock clock) {
        this.audit = audit;
        this.outbox = outbox;
        this.watchList = watchList;
        this.clock = clock;
    }

    /**
     * A signal to raise. {@code dedupKey} names what raised it (type, cause, loan): raising the same key again has
     * no effect, so redelivered events and repeated runs raise nothing twice.
     */
    public record NewSignal(UUID loanId, UUID customerId, String type, Severity severity, String evidence,
                            BigDecimal measured, BigDecimal threshold, LocalDate raisedOn, String dedupKey,
                            boolean alwaysWatchListed) {
        public NewSignal(Loan loan, SignalType type, Severity severity, String evidence, BigDecimal measured,
                         BigDecimal threshold, LocalDate raisedOn, String cause) {
            this(loan.id, loan.customerId, type.name(), severity, evidence, measured, threshold, raisedOn,
                    type.name() + ":" + cause + ":" + loan.id, type.alwaysWatchListed);
        }
    }

    /** Raises the signal inside the caller's transaction; null when its dedup key was raised before. */
    public Uni<EarlyWarningSignal> raise(NewSignal n, Actor actor) {
        return EarlyWarningSignal.count("dedupKey", n.dedupKey()).chain(held -> {
            if (held > 0) {
                LOG.debugf("signal %s already raised", n.dedupKey());
                return Uni.createFrom().nullItem();
            }
            EarlyWarningSignal s = new EarlyWarningSignal();
            s.id = UUID.randomUUID();
            s.loanId = n.loanId();
            s.customerId = n.customerId();
            s.signalType = n.type();
            s.severity = n.severity().name();
            s.evidence = n.evidence();
            s.measured = n.measured();
            s.threshold = n.threshold();
            s.raisedOn = n.raisedOn();
            s.raisedAt = clock.now();
            s.status = SignalStatus.OPEN;
            s.dedupKey = n.dedupKey();
            Uni<Void> watched = n.alwaysWatchListed() || n.severity().watchListed()
                    ? watchList.placeFor(s.customerId, watchListReason(s), s.raisedOn, actor)
                            .invoke(e -> s.watchListEntryId = e.id).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            LOG.infof("%s signal %s (%s) on loan %s: %s", s.signalType, s.id, s.severity, s.loanId, s.evidence);
            return watched
                    .chain(s::persist)
                    .chain(() -> outbox.append(EventTypes.MONITORING_EARLY_WARNING_RAISED, s.loanId,
                            new EarlyWarningRaised(s.id, s.loanId, s.customerId, s.signalType, s.severity, s.evidence,
                                    s.raisedOn)))
                    .chain(() -> audit.record(actor, "signal.raised", "early_warning_signal", s.id, null, SignalView.of(s)))
                    .replaceWith(s);
        });
    }

    /** Raises each signal in order inside the caller's transaction; returns those newly raised. */
    public Uni<List<EarlyWarningSignal>> raiseAll(List<NewSignal> signals, Actor actor) {
        return sequentially(signals, n -> raise(n, actor))
                .map(raised -> raised.stream().filter(s -> s != null).toList());
    }

    /** Daily-run signals (days past due, raised in SQL) waiting for the watch list; ?1 the last business date. */
    static final String PENDING_RUN_SIGNALS = "s.watch_list_entry_id IS NULL AND s.severity IN ('HIGH', 'CRITICAL') "
            + "AND s.status <> 'RESOLVED' AND s.raised_on <= ?1";

    /** Links the pending signals to their borrower's ACTIVE entry, each link audited (after state as SignalView). */
    static final String LINK_RUN_SIGNALS = """
            WITH linked AS (
                UPDATE early_warning_signal s
                SET watch_list_entry_id = w.id, version = s.version + 1
                FROM watch_list_entry w
                WHERE w.customer_id = s.customer_id AND w.status = 'ACTIVE' AND %s
                RETURNING s.*
            ),
            audited AS (
                INSERT INTO audit_log (occurred_at, actor, actor_roles, request_id, action, entity_type, entity_id,
                                       before_state, after_state)
                SELECT now(), CAST(?2 AS text), CAST(?3 AS text), CAST(?4 AS text), 'signal.watch-listed',
                       'early_warning_signal', CAST(l.id AS text), NULL,
                       CAST(json_build_object('signalId', l.id, 'loanId', l.loan_id, 'customerId', l.customer_id,
                               'signalType', l.signal_type, 'severity', l.severity, 'evidence', l.evidence,
                               'measured', l.measured, 'threshold', l.threshold, 'raisedOn', l.raised_on,
                               'raisedAt', l.raised_at, 'status', l.status, 'watchListEntryId', l.watch_list_entry_id,
                               'acknowledgedBy', l.acknowledged_by, 'acknowledgedAt', l.acknowledged_at,
                               'acknowledgementNote', l.acknowledgement_note, 'resolvedBy', l.resolved_by,
                               'resolvedAt', l.resolved_at, 'resolutionNote', l.resolution_note) AS text)
                FROM linked l
                RETURNING 1
            )
            SELECT CAST(count(*) AS integer) FROM linked""".formatted(PENDING_RUN_SIGNALS);

    /**
     * Signals the daily run raised in SQL (days past due) that are HIGH or above and not yet on the watch list:
     * their borrowers go on it. Set-based (a day of a large book raises tens of thousands), inside the caller's
     * transaction; a signal already resolved is left alone. Returns how many signals it linked.
     */
    public Uni<Integer> watchListRunSignals(LocalDate upTo, Actor actor) {
        return watchList.placeForPendingSignals(PENDING_RUN_SIGNALS, upTo, actor)
                .chain(added -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(LINK_RUN_SIGNALS, Integer.class)
                                .setParameter(1, upTo)
                                .setParameter(2, actor.name())
                                .setParameter(3, String.join(",", actor.roles()))
                                .setParameter(4, actor.requestId())
                                .getSingleResult())
                        .invoke(linked -> LOG.infof("run signals up to %s: %d borrowers put on the watch list, "
                                + "%d signals linked to their entries", upTo, added, linked)));
    }

    @WithTransaction
    public Uni<SignalView> acknowledge(UUID signalId, String note, Actor actor) {
        return signal(signalId).chain(s -> {
            SignalView before = SignalView.of(s);
            s.acknowledge(actor.name(), note, clock.now());
            SignalView after = SignalView.of(s);
            return audit.record(actor, "signal.acknowledged", "early_warning_signal", s.id, before, after).replaceWith(after);
        });
    }

    @WithTransaction
    public Uni<SignalView> resolve(UUID signalId, String note, Actor actor) {
        return signal(signalId).chain(s -> {
            SignalView before = SignalView.of(s);
            s.resolve(actor.name(), note, clock.now());
            SignalView after = SignalView.of(s);
            return audit.record(actor, "signal.resolved", "early_warning_signal", s.id, before, after).replaceWith(after);
        });
    }

    @WithSession
    public Uni<SignalView> get(UUID signalId) {
        return signal(signalId).map(SignalView::of);
    }

    /** Newest first; every filter optional. */
    @WithSession
    public Uni<List<SignalView>> list(SignalStatus status, UUID customerId, UUID loanId, String type, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            p.and("status", status);
        }
        if (customerId != null) {
            where.append(" and customerId = :customerId");
            p.and("customerId", customerId);
        }
        if (loanId != null) {
            where.append(" and loanId = :loanId");
            p.and("loanId", loanId);
        }
        if (type != null) {
            where.append(" and signalType = :type");
            p.and("type", type);
        }
        return EarlyWarningSignal.<EarlyWarningSignal>find(where.toString(),
                        Sort.by("raisedOn", Sort.Direction.Descending).and("raisedAt", Sort.Direction.Descending).and("id"), p)
                .page(Page.of(page, size)).list()
                .map(list -> list.stream().map(SignalView::of).toList());
    }

    /** The borrower's loans a borrower-level signal applies to: active and disbursed by the date. */
    public static Uni<List<Loan>> activeLoansOf(UUID customerId, LocalDate on) {
        return Loan.<Loan>list("customerId = ?1 and status = ?2 and disbursedOn <= ?3", Sort.by("disbursedOn").and("id"),
                customerId, LoanStatus.ACTIVE, on);
    }

    private static String watchListReason(EarlyWarningSignal s) {
        return s.signalType + " (" + s.severity + ") on loan " + s.loanId + ": " + s.evidence;
    }

    private static Uni<EarlyWarningSignal> signal(UUID signalId) {
        return EarlyWarningSignal.<EarlyWarningSignal>findById(signalId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("signal", signalId));
    }

    /**
     * Runs {@code step} on each item one after the other (one session is not to be used concurrently); the list of
     * the results that are not null. Stack-safe whatever the number of items: a chain of N nested {@code Uni}s would
     * subscribe N levels deep and overflow the stack (a fatal error Mutiny does not propagate: the request hung with
     * its transaction open) at some ten thousand items.
     */
    public static <T, R> Uni<List<R>> sequentially(List<T> items, Function<T, Uni<R>> step) {
        return Multi.createFrom().iterable(items).onItem().<R>transformToUniAndConcatenate(step::apply).collect().asList();
    }
}
