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
