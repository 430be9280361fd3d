package org.smecredit.monitoring.watchlist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.monitoring.customer.CustomerProfile;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The watch list: borrowers under closer watch, each with an owner and a review date. Signals put borrowers on it
 * ({@link #placeFor}); risk managers add, change and remove entries by hand. Every change is audited.
 */
@ApplicationScoped
public class WatchListService {
    private static final Logger LOG = Logger.getLogger(WatchListService.class);

    private final AuditTrail audit;
    private final BusinessClock clock;
    private final MonitoringConfig config;

    public WatchListService(AuditTrail audit, BusinessClock clock, MonitoringConfig config) {
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /**
     * The borrower's ACTIVE entry, created when there is none (owner: the relationship manager or the configured
     * default; review: {@code on} + review-days). Inside the caller's transaction; serialised per borrower.
     */
    public Uni<WatchListEntry> placeFor(UUID customerId, String reason, LocalDate on, Actor actor) {
        return lock(customerId).chain(() -> WatchListEntry.activeOf(customerId)).chain(active -> {
            if (active != null) {
                return Uni.createFrom().item(active);
            }
            return defaultOwner(customerId).chain(owner ->
                    create(customerId, reason, owner, on.plusDays(config.watchList().reviewDays()), on, actor));
        });
    }

    /**
     * {@link #placeFor} for every borrower with a daily-run signal waiting for the watch list ({@code pendingWhere},
     * a condition on {@code early_warning_signal s} with {@code ?1} the last business date) and no ACTIVE entry, as
     * one statement: the entry's reason is the borrower's first such signal (business date; on the same date the
     * CRITICAL one), owner and
     * review date as {@link #placeFor}, each new entry audited. A day of a large book puts tens of thousands of
     * borrowers on the list; entry by entry through the session that took minutes. Inside the caller's transaction;
     * an entry placed meanwhile by hand or by another signal wins (the unique ACTIVE index, ON CONFLICT).
     * Returns how many entries it created.
     */
    public Uni<Integer> placeForPendingSignals(String pendingWhere, LocalDate upTo, Actor actor) {
        String sql = """
                WITH pending AS (
                    SELECT DISTINCT ON (s.customer_id) s.customer_id, s.loan_id, s.signal_type, s.severity, s.evidence,
                           s.raised_on
                    FROM early_warning_signal s
                    WHERE %s
                      AND NOT EXISTS (SELECT 1 FROM watch_list_entry w
                                      WHERE w.customer_id = s.customer_id AND w.status = 'ACTIVE')
                    ORDER BY s.customer_id, s.raised_on, s.severity = 'CRITICAL' DESC, s.id
                ),
                added AS (
                    INSERT INTO watch_list_entry (id, customer_id, status, reason, owner, review_on, added_on, added_by,
                                                  updated_at, version)
                    -- the reason as SignalService#watchListReason
                    SELECT gen_random_uuid(), p.customer_id, 'ACTIVE',
                           concat(p.signal_type, ' (', p.severity, ') on loan ', p.loan_id, ': ', p.evidence),
                           CASE WHEN CAST(?2 AS boolean)
                                THEN COALESCE(NULLIF(btrim(c.relationship_manager), ''), CAST(?3 AS text))
                                ELSE CAST(?3 AS text) END,
                           p.raised_on + CAST(?4 AS integer), p.raised_on, CAST(?5 AS text), now(), 0
                    FROM pending p LEFT JOIN customer_profile c ON c.customer_id = p.customer_id
                    ON CONFLICT (customer_id) WHERE status = 'ACTIVE' DO NOTHING
                    RETURNING id, customer_id, reason, owner, review_on, added_on, added_by
                ),
                audited AS (
                    INSERT INTO audit_log (occurred_at, actor, actor_roles, request_id, action, entity_type, entity_id,
                                           before_state, after_state)
                    -- the after state as WatchListView
                    SELECT now(), CAST(?5 AS text), CAST(?6 AS text), CAST(?7 AS text), 'watch-list.added',
                           'watch_list_entry', CAST(a.id AS text), NULL,
                           CAST(json_build_object('entryId', a.id, 'customerId', a.customer_id, 'status', 'ACTIVE',
                                   'reason', a.reason, 'owner', a.owner, 'reviewOn', a.review_on,
                                   'reviewOverdue', a.review_on < CAST(?8 AS date), 'addedOn', a.added_on,
                                   'addedBy', a.added_by, 'removedOn', NULL, 'removedBy', NULL,
                                   'removalReason', NULL) AS text)
                    FROM added a
                    RETURNING 1
                )
                SELECT CAST(count(*) AS integer) FROM added""".formatted(pendingWhere);
        var settings = config.watchList();
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(sql, Integer.class)
                        .setParameter(1, upTo)
                        .setParameter(2, settings.ownerIsRelationshipManager())
                        .setParameter(3, settings.defaultOwner())
                        .setParameter(4, settings.reviewDays())
                        .setParameter(5, actor.name())
                        .setParameter(6, String.join(",", actor.roles()))
                        .setParameter(7, actor.requestId())
                        .setParameter(8, clock.today())
                        .getSingleResult());
    }

    @WithTransaction
    public Uni<WatchListView> add(WatchListRequests.Add request, Actor actor) {
        LocalDate today = clock.today();
        if (request.reviewOn() != null && request.reviewOn().isBefore(today)) {
            throw ProblemException.badRequest("reviewOn", "reviewOn " + request.reviewOn() + " is before today " + today);
        }
        return lock(request.customerId()).chain(() -> known(request.customerId())).chain(known -> {
            if (!known) {
                return Uni.createFrom().failure(ProblemException.unprocessable("unknown-customer", "customerId",
                        "customer " + request.customerId() + " has neither a profile nor a loan in monitoring"));
            }
            return WatchListEntry.activeOf(request.customerId());
        }).chain(active -> {
            if (active != null) {
                return Uni.createFrom().failure(ProblemException.conflict("already-on-watch-list",
                        "customer " + request.customerId() + " is already on the watch list (entry " + active.id + ")")
                        .with("entryId", active.id.toString()));
            }
            Uni<String> owner = request.owner() != null && !request.owner().isBlank()
                    ? Uni.createFrom().item(request.owner()) : defaultOwner(request.customerId());
            return owner.chain(o -> create(request.customerId(), request.reason(), o,
                    request.reviewOn() != null ? request.reviewOn() : today.plusDays(config.watchList().reviewDays()),
                    today, actor));
        }).map(e -> WatchListView.of(e, today));
    }

    @WithTransaction
    public Uni<WatchListView> change(UUID entryId, WatchListRequests.Change request, Actor actor) {
        LocalDate today = clock.today();
        boolean noOwner = request.owner() == null || request.owner().isBlank();
        if (noOwner && request.reviewOn() == null) {
            throw ProblemException.badRequest("owner", "owner or reviewOn is required");
        }
        if (request.reviewOn() != null && request.reviewOn().isBefore(today)) {
            throw ProblemException.badRequest("reviewOn", "reviewOn " + request.reviewOn() + " is before today " + today);
        }
        return entry(entryId).chain(e -> {
            WatchListView before = WatchListView.of(e, today);
            e.change(noOwner ? null : request.owner(), request.reviewOn(), clock.now());
            WatchListView after = WatchListView.of(e, today);
            return audit.record(actor, "watch-list.changed", "watch_list_entry", e.id, before, after).replaceWith(after);
        });
    }

    @WithTransaction
    public Uni<WatchListView> remove(UUID entryId, String reason, Actor actor) {
        LocalDate today = clock.today();
        return entry(entryId).chain(e -> {
            WatchListView before = WatchListView.of(e, today);
            e.remove(actor.name(), reason, today, clock.now());
            WatchListView after = WatchListView.of(e, today);
            return audit.record(actor, "watch-list.removed", "watch_list_entry", e.id, before, after).replaceWith(after);
        });
    }

    @WithSession
    public Uni<WatchListView> get(UUID entryId) {
        LocalDate today = clock.today();
        return entry(entryId).map(e -> WatchListView.of(e, today));
    }

    /** Entries by status (default ACTIVE), borrower, owner, and those whose review date has passed. */
    @WithSession
    public Uni<List<WatchListView>> list(WatchListStatus status, UUID customerId, String owner, boolean overdueOnly) {
        LocalDate today = clock.today();
        StringBuilder where = new StringBuilder("status = :status");
        Parameters p = Parameters.with("status", status);
        if (customerId != null) {
            where.append(" and customerId = :customerId");
            p.and("customerId", customerId);
        }
        if (owner != null) {
            where.append(" and owner = :owner");
            p.and("owner", owner);
        }
        if (overdueOnly) {
            where.append(" and reviewOn < :today");
            p.and("today", today);
        }
        return WatchListEntry.<WatchListEntry>list(where.toString(), Sort.by("reviewOn").and("addedOn").and("id"), p)
                .map(list -> list.stream().map(e -> WatchListView.of(e, today)).toList());
    }

    private Uni<WatchListEntry> create(UUID customerId, String reason, String owner, LocalDate reviewOn, LocalDate on,
                                       Actor actor) {
        WatchListEntry e = new WatchListEntry();
        e.id = UUID.randomUUID();
        e.customerId = customerId;
        e.status = WatchListStatus.ACTIVE;
        e.reason = reason;
        e.owner = owner;
        e.reviewOn = reviewOn;
        e.addedOn = on;
        e.addedBy = actor.name();
        e.updatedAt = clock.now();
        LOG.infof("customer %s put on the watch list (owner %s, review %s): %s", customerId, owner, reviewOn, reason);
        return e.persist()
                .chain(() -> audit.record(actor, "watch-list.added", "watch_list_entry", e.id, null,
                        WatchListView.of(e, clock.today())))
                .replaceWith(e);
    }

    /** Monitoring knows the customer: customer-service told it about them, or it monitors a loan of theirs. */
    private static Uni<Boolean> known(UUID customerId) {
        return CustomerProfile.count("customerId", customerId)
                .chain(profiles -> profiles > 0 ? Uni.createFrom().item(true)
                        : org.smecredit.monitoring.loan.Loan.count("customerId", customerId).map(loans -> loans > 0));
    }

    private Uni<String> defaultOwner(UUID customerId) {
        if (!config.watchList().ownerIsRelationshipManager()) {
            return Uni.createFrom().item(config.watchList().defaultOwner());
        }
        return CustomerProfile.<CustomerProfile>findById(customerId).map(p -> p != null && p.relationshipManager != null
                && !p.relationshipManager.isBlank() ? p.relationshipManager : config.watchList().defaultOwner());
    }

    private static Uni<WatchListEntry> entry(UUID entryId) {
        return WatchListEntry.<WatchListEntry>findById(entryId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("watch-list entry", entryId));
    }

    /** One writer per borrower's watch list at a time (the unique ACTIVE index is the last line of defence). */
    private static Uni<Void> lock(UUID customerId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, "watch-list:" + customerId)
                        .getSingleResult())
                .replaceWithVoid();
    }
}
