package org.smecredit.collections.borrowers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps what collections needs of customers, from customer-service's events: region and size class (case
 * assignment) and guarantee circles (circle exposure). Runs inside the consumer's inbox transaction; the profile
 * event carries the whole current profile, so the last one wins.
 */
@ApplicationScoped
public class BorrowerBook {
    private final AuditTrail audit;
    private final ObjectMapper json;

    public BorrowerBook(AuditTrail audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    public Uni<Void> onRegistered(CustomerRegistered r, Actor actor) {
        return upsert(r.customerId(), r.legalName(), r.regionCode(), null, false, actor);
    }

    public Uni<Void> onProfileUpdated(ProfileUpdated p, Actor actor) {
        return upsert(p.customerId(), p.legalName(), p.regionCode(), p.sizeClass(), true, actor);
    }

    /** Every member of the circle the link belongs to now has that circle (circles only grow by links). */
    public Uni<Void> onGuaranteeLinked(GuaranteeLinked g, Actor actor) {
        List<UUID> members = g.circleMemberIds() == null || g.circleMemberIds().isEmpty()
                ? List.of(g.customerId(), g.guarantorCustomerId()) : g.circleMemberIds();
        String ids = toJson(members);
        return Multi.createFrom().iterable(members)
                .onItem().transformToUniAndConcatenate(m -> GuaranteeCircleMember.<GuaranteeCircleMember>findById(m)
                        .chain(existing -> {
                            GuaranteeCircleMember row = existing == null ? new GuaranteeCircleMember() : existing;
                            row.customerId = m;
                            row.circleMemberIds = ids;
                            row.circleHasCycle = g.circleHasCycle();
                            row.linkId = g.linkId();
                            row.recordedAt = Instant.now();
                            return existing == null ? row.persist().replaceWithVoid() : Uni.createFrom().voidItem();
                        }))
                .collect().asList()
                .chain(() -> audit.record(actor, "guarantee-circle.recorded", "guarantee-circle", g.linkId(), null,
                        Map.of("members", members, "hasCycle", g.circleHasCycle())));
    }

    /** The circle of a customer, the customer included; just the customer when no link is known. */
    public Uni<Circle> circleOf(UUID customerId) {
        return GuaranteeCircleMember.<GuaranteeCircleMember>findById(customerId).map(m -> m == null
                ? new Circle(List.of(customerId), false)
                : new Circle(fromJson(m.circleMemberIds), m.circleHasCycle));
    }

    public record Circle(List<UUID> members, boolean hasCycle) {
    }

    private Uni<Void> upsert(UUID customerId, String name, String region, String sizeClass, boolean withSize,
                             Actor actor) {
        return Borrower.<Borrower>findById(customerId).chain(existing -> {
            Borrower b = existing == null ? new Borrower() : existing;
            b.customerId = customerId;
            b.legalName = name;
            b.regionCode = region;
            if (withSize || existing == null) {
                b.sizeClass = sizeClass;
            }
            b.recordedAt = Instant.now();
            Map<String, Object> after = new java.util.HashMap<>();
            after.put("regionCode", b.regionCode);
            after.put("sizeClass", b.sizeClass);
            return (existing == null ? b.persist().replaceWithVoid() : Uni.createFrom().voidItem())
                    .chain(() -> audit.record(actor, "borrower.recorded", "borrower", customerId, null, after));
        });
    }

    private String toJson(List<UUID> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> fromJson(String ids) {
        try {
            return json.readValue(ids, new TypeReference<List<UUID>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable guarantee circle " + ids, e);
        }
    }
}
