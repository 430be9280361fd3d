package org.smecredit.origination.borrower;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * Keeps origination's view of its borrowers current from other services' events: known customers, their latest
 * rating, and blocks for new credit. Runs inside the inbox transaction of the consumer (no transaction of its
 * own); every change is audited.
 */
@ApplicationScoped
public class BorrowerEvents {
    private final AuditTrail audit;

    public BorrowerEvents(AuditTrail audit) {
        this.audit = audit;
    }

    /** A customer became known. A repeated registration (replayed with a new event id) updates the names. */
    public Uni<Void> customerRegistered(CustomerRegistered e, Actor actor) {
        return Borrower.<Borrower>findById(e.customerId()).chain(existing -> {
            Borrower b = existing != null ? existing : new Borrower();
            Map<String, Object> before = existing == null ? null : state(existing);
            b.customerId = e.customerId();
            b.legalName = e.legalName();
            b.industryCode = e.industryCode();
            b.regionCode = e.regionCode();
            if (existing == null) {
                b.knownSince = Instant.now();
            }
            return (existing == null ? b.persist() : Uni.createFrom().item(b))
                    .chain(() -> audit.record(actor, "borrower.registered", "borrower", b.customerId, before, state(b)));
        });
    }

    /**
     * Records a rating when it is newer than the one held (ratings can arrive out of order across partitions and
     * replays). Call with the customer's {@link BorrowerLock} held.
     *
     * @return true when the rating became the customer's latest
     */
    public Uni<Boolean> ratingAssigned(RatingAssigned e, Actor actor) {
        return BorrowerRating.<BorrowerRating>findById(e.customerId()).chain(current -> {
            if (current != null && !current.isSupersededBy(e.ratingId(), e.ratedOn())) {
                return Uni.createFrom().item(false);
            }
            Map<String, Object> before = current == null ? null : state(current);
            BorrowerRating r = current != null ? current : new BorrowerRating();
            r.customerId = e.customerId();
            r.ratingId = e.ratingId();
            r.grade = e.grade();
            r.pd = e.pd();
            r.ratedOn = e.ratedOn();
            r.receivedAt = Instant.now();
            return (current == null ? r.persist() : Uni.createFrom().item(r))
                    .chain(() -> audit.record(actor, "borrower.rated", "borrower", r.customerId, before, state(r)))
                    .replaceWith(true);
        });
    }

    /**
     * A loan was classified: substandard or worse (non-performing, CBIRC/PBOC Order [2023] No. 1) blocks the
     * borrower for new credit; better classes change nothing (lifting a block is a person's decision).
     */
    public Uni<Void> loanClassified(LoanClassified e, Actor actor) {
        if (!e.category().isNonPerforming()) {
            return Uni.createFrom().voidItem();
        }
        String reason = "loan " + e.loanId() + " classified " + e.category() + " on " + e.asOf() + " ("
                + e.daysPastDue() + " days past due)";
        return block(e.customerId(), e.loanId(), reason, e.asOf(), actor);
    }

    /** A loan defaulted: the borrower is blocked for new credit. */
    public Uni<Void> loanDefaulted(LoanDefaulted e, Actor actor) {
        String reason = "loan " + e.loanId() + " defaulted on " + e.defaultDate() + " (" + e.daysPastDue()
                + " days past due)";
        return block(e.customerId(), e.loanId(), reason, e.defaultDate(), actor);
    }

    private Uni<Void> block(UUID customerId, UUID loanId, String reason, LocalDate on, Actor actor) {
        return BorrowerLock.lock(customerId)
                .chain(() -> CreditBlock.<CreditBlock>findById(customerId))
                .chain(current -> {
                    Map<String, Object> before = current == null ? null : state(current);
                    CreditBlock b = current != null ? current : new CreditBlock();
                    b.customerId = customerId;
                    b.reason = reason;
                    b.loanId = loanId;
                    if (current == null) {
                        b.blockedSince = on;
                    }
                    b.lastEventAt = Instant.now();
                    return (current == null ? b.persist() : Uni.createFrom().item(b))
                            .chain(() -> audit.record(actor, "borrower.blocked", "borrower", customerId, before, state(b)));
                });
    }

    private static Map<String, Object> state(Borrower b) {
        return Map.of("customerId", b.customerId, "legalName", b.legalName, "industryCode", b.industryCode,
                "regionCode", b.regionCode);
    }

    private static Map<String, Object> state(BorrowerRating r) {
        return Map.of("customerId", r.customerId, "ratingId", r.ratingId, "grade", r.grade,
                "pd", Rates.normalize(r.pd), "ratedOn", r.ratedOn);
    }

    private static Map<String, Object> state(CreditBlock b) {
        return Map.of("customerId", b.customerId, "blocked", true, "reason", b.reason, "loanId", b.loanId,
                "blockedSince", b.blockedSince);
    }
}
