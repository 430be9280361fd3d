package org.smecredit.rating.override;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.rating.v1.RatingOverrideApproved;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;
import org.smecredit.rating.rating.Rating;
import org.smecredit.rating.rating.RatingService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Overrides with maker-checker: analysts propose, a risk manager who did not propose decides. */
@ApplicationScoped
public class OverrideService {
    private final RatingService ratings;
    private final AuditTrail audit;
    private final Outbox outbox;

    public OverrideService(RatingService ratings, AuditTrail audit, Outbox outbox) {
        this.ratings = ratings;
        this.audit = audit;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<OverrideView> propose(OverrideRequests.Propose p, Actor actor) {
        RatingOverride.checkNotches(p.notches());
        return Rating.latestOf(p.customerId()).chain(current -> {
            if (current == null) {
                throw ProblemException.notFound("rating of customer", p.customerId());
            }
            if (!current.id.equals(p.ratingId())) {
                throw ProblemException.conflict("stale-rating", "rating " + p.ratingId()
                        + " is not the customer's current rating (" + current.id + ")");
            }
            RatingOverride o = new RatingOverride();
            o.id = UUID.randomUUID();
            o.customerId = p.customerId();
            o.ratingId = p.ratingId();
            o.notches = p.notches();
            o.reason = p.reason();
            o.comment = p.comment();
            o.status = OverrideStatus.PROPOSED;
            o.proposedBy = actor.name();
            o.proposedAt = Instant.now();
            OverrideView view = OverrideView.of(o);
            return o.persist().chain(() -> audit.record(actor, "rating.override-proposed", "rating-override", o.id,
                    null, view)).replaceWith(view);
        });
    }

    /**
     * Approves and issues the overridden rating, published as rating.assigned.v1 (trigger OVERRIDE) and, in the same
     * transaction, rating.override-approved.v1 naming proposer and approver.
     */
    @WithTransaction
    public Uni<OverrideView> approve(UUID id, String comment, Actor actor) {
        return find(id).chain(o -> {
            OverrideView before = OverrideView.of(o);
            o.approve(actor.name(), comment, Instant.now());
            return Rating.latestOf(o.customerId).chain(current -> {
                if (current == null || !current.id.equals(o.ratingId)) {
                    throw ProblemException.conflict("stale-rating", "the customer was re-rated since the override "
                            + "was proposed; propose it again against the current rating");
                }
                return ratings.override(current, o.notches, o.id, actor);
            }).chain(r -> {
                o.resultingRatingId = r.id;
                OverrideView after = OverrideView.of(o);
                return audit.record(actor, "rating.override-approved", "rating-override", o.id, before, after)
                        .chain(() -> outbox.append(EventTypes.RATING_OVERRIDE_APPROVED, o.customerId,
                                new RatingOverrideApproved(o.id, o.customerId, o.ratingId, r.id, r.previousGrade,
                                        r.grade, r.pd, o.notches, o.reason.name(), o.proposedBy, actor.name(),
                                        r.ratedOn)))
                        .replaceWith(after);
            });
        });
    }

    @WithTransaction
    public Uni<OverrideView> reject(UUID id, String comment, Actor actor) {
        return find(id).chain(o -> {
            OverrideView before = OverrideView.of(o);
            o.reject(actor.name(), comment, Instant.now());
            OverrideView after = OverrideView.of(o);
            return audit.record(actor, "rating.override-rejected", "rating-override", o.id, before, after)
                    .replaceWith(after);
        });
    }

    @WithSession
    public Uni<OverrideView> get(UUID id) {
        return find(id).map(OverrideView::of);
    }

    /** Override rates per analyst (proposer), sorted by name. */
    @WithSession
    public Uni<List<OverrideView.AnalystRate>> rates() {
        return RatingOverride.all().map(OverrideService::rates);
    }

    static List<OverrideView.AnalystRate> rates(List<RatingOverride> all) {
        Map<String, List<RatingOverride>> byAnalyst = all.stream()
                .collect(Collectors.groupingBy(o -> o.proposedBy, TreeMap::new, Collectors.toList()));
        List<OverrideView.AnalystRate> out = new ArrayList<>();
        byAnalyst.forEach((analyst, list) -> {
            long approved = list.stream().filter(o -> o.status == OverrideStatus.APPROVED).count();
            long rejected = list.stream().filter(o -> o.status == OverrideStatus.REJECTED).count();
            long up = list.stream().filter(o -> o.notches > 0).count();
            long decided = approved + rejected;
            out.add(new OverrideView.AnalystRate(analyst, list.size(), approved, rejected, list.size() - decided, up,
                    list.size() - up, decided == 0 ? 0.0 : (double) approved / decided));
        });
        return out;
    }

    private static Uni<RatingOverride> find(UUID id) {
        return RatingOverride.<RatingOverride>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("rating override", id));
    }
}
