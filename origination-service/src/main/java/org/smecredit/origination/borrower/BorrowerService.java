package org.smecredit.origination.borrower;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Reads origination's view of a borrower; records sanctions screening and risk managers' watch overrides. */
@ApplicationScoped
public class BorrowerService {
    private final AuditTrail audit;

    public BorrowerService(AuditTrail audit) {
        this.audit = audit;
    }

    @WithSession
    public Uni<BorrowerView> get(UUID customerId) {
        return view(customerId);
    }

    private Uni<BorrowerView> view(UUID customerId) {
        return Borrower.<Borrower>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("borrower", customerId))
                .chain(b -> BorrowerRating.<BorrowerRating>findById(customerId)
                        .chain(r -> CreditBlock.<CreditBlock>findById(customerId)
                                .chain(k -> CreditWatch.<CreditWatch>findById(customerId)
                                        .chain(w -> SanctionsFlag.<SanctionsFlag>findById(customerId)
                                                .chain(s -> BorrowerStatement.<BorrowerStatement>findById(customerId)
                                                        .map(st -> BorrowerView.of(b, r, k, w, s, st)))))));
    }

    /** Records the sanctions screening result of a known borrower; a flag is a knock-out for new credit. */
    @WithTransaction
    public Uni<BorrowerView> screen(UUID customerId, boolean flagged, String reason, Actor actor) {
        return Borrower.<Borrower>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("borrower", customerId))
                .chain(b -> BorrowerLock.lock(customerId))
                .chain(() -> SanctionsFlag.<SanctionsFlag>findById(customerId))
                .chain(current -> {
                    Map<String, Object> before = current == null ? null
                            : Map.of("flagged", current.flagged, "reason", current.reason);
                    SanctionsFlag f = current != null ? current : new SanctionsFlag();
                    f.customerId = customerId;
                    f.flagged = flagged;
                    f.reason = reason.strip();
                    f.setBy = actor.name();
                    f.setAt = Instant.now();
                    return (current == null ? f.persist() : Uni.createFrom().item(f))
                            .chain(() -> audit.record(actor, "borrower.sanctions-screened", "borrower", customerId,
                                    before, Map.of("flagged", flagged, "reason", f.reason)));
                })
                .chain(() -> view(customerId));
    }

    /**
     * A risk manager lets new credit go to a borrower on special-mention watch (the watch stays visible and the
     * override is named in every later decision). 409 when the borrower is not on watch; a substandard-or-worse
     * block cannot be overridden here.
     */
    @WithTransaction
    public Uni<BorrowerView> overrideWatch(UUID customerId, String comment, Actor riskManager) {
        return BorrowerLock.lock(customerId)
                .chain(() -> CreditWatch.<CreditWatch>findById(customerId))
                .chain(w -> {
                    if (w == null) {
                        return Uni.createFrom().failure(ProblemException.conflict("not-on-watch",
                                "customer " + customerId + " is not on special-mention watch"));
                    }
                    if (w.overridden()) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-overridden",
                                "the watch of customer " + customerId + " was overridden by " + w.overriddenBy));
                    }
                    Map<String, Object> before = new HashMap<>();
                    before.put("reason", w.reason);
                    before.put("overridden", false);
                    w.overriddenBy = riskManager.name();
                    w.overriddenAt = Instant.now();
                    w.overrideComment = comment.strip();
                    return audit.record(riskManager, "borrower.watch-overridden", "borrower", customerId, before,
                            Map.of("reason", w.reason, "overridden", true, "comment", w.overrideComment));
                })
                .chain(() -> view(customerId));
    }
}
