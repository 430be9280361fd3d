package org.smecredit.monitoring.rating;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * Keeps the latest rating PD per borrower (for ECL) and every rating in the rating history (for the grade-migration
 * matrix). Runs inside the inbox transaction.
 */
@ApplicationScoped
public class CustomerPdService {
    private static final Logger LOG = Logger.getLogger(CustomerPdService.class);

    private final AuditTrail audit;

    public CustomerPdService(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records the rating in the history (once per ratingId, also when it arrives late), then: a rating newer than (or
     * as new as) the one held replaces it; an older rating delivered late is ignored, so the latest rating wins
     * whatever the arrival order.
     */
    public Uni<Void> assigned(RatingAssigned r, Actor actor) {
        return history(r, actor).chain(() -> latest(r, actor));
    }

    /** A ratingId already held (the same rating republished under a new CloudEvent id) has no second effect. */
    private Uni<Void> history(RatingAssigned r, Actor actor) {
        return RatingHistory.<RatingHistory>findById(r.ratingId()).chain(held -> {
            if (held != null) {
                return Uni.createFrom().voidItem();
            }
            RatingHistory h = new RatingHistory();
            h.ratingId = r.ratingId();
            h.customerId = r.customerId();
            h.grade = r.grade();
            h.pd = r.pd();
            h.ratedOn = r.ratedOn();
            h.previousGrade = r.previousGrade();
            h.recordedAt = Instant.now();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("customerId", h.customerId);
            after.put("grade", h.grade);
            after.put("pd", h.pd);
            after.put("ratedOn", h.ratedOn);
            after.put("previousGrade", h.previousGrade);
            return h.persist().chain(() -> audit.record(actor, "rating-history.recorded", "rating_history", h.ratingId,
                    null, after));
        });
    }

    private Uni<Void> latest(RatingAssigned r, Actor actor) {
        return CustomerPd.<CustomerPd>findById(r.customerId()).chain(held -> {
            if (held != null && held.ratedOn.isAfter(r.ratedOn())) {
                LOG.infof("rating %s of %s (rated %s) older than the held one (%s); ignored", r.ratingId(),
                        r.customerId(), r.ratedOn(), held.ratedOn);
                return Uni.createFrom().voidItem();
            }
            Map<String, Object> before = held == null ? null
                    : Map.of("ratingId", held.ratingId, "grade", held.grade, "pd", held.pd, "ratedOn", held.ratedOn);
            CustomerPd p = held != null ? held : new CustomerPd();
            p.customerId = r.customerId();
            p.ratingId = r.ratingId();
            p.grade = r.grade();
            p.pd = r.pd();
            p.ratedOn = r.ratedOn();
            p.updatedAt = Instant.now();
            Map<String, Object> after = Map.of("ratingId", p.ratingId, "grade", p.grade, "pd", p.pd, "ratedOn", p.ratedOn);
            Uni<?> saved = held != null ? Uni.createFrom().item(p) : p.persist();
            return saved.chain(() -> audit.record(actor, "customer-pd.updated", "customer_pd", p.customerId, before, after));
        });
    }
}
