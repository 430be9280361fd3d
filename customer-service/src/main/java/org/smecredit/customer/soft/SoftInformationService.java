package org.smecredit.customer.soft;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.customer.v1.SoftInformationRecorded;
import org.smecredit.customer.customer.Customer;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SoftInformationService {
    /** State Taxation Administration tax-credit grades (纳税信用等级 A/B/M/C/D). */
    static final Set<String> TAX_GRADES = Set.of("A", "B", "M", "C", "D");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Outbox outbox;
    private final AuditTrail audit;

    public SoftInformationService(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<SoftInformationView> record(UUID customerId, RecordSoftInformationRequest r, Actor actor) {
        Map<String, String> attributes = r.attributes() == null ? Map.of() : r.attributes();
        if (r.kind() == SoftInformationKind.TAX_PAYMENT && attributes.containsKey("taxGrade")
                && !TAX_GRADES.contains(attributes.get("taxGrade"))) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-tax-grade", "attributes.taxGrade",
                    "tax credit grade must be one of A, B, M, C, D"));
        }
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(c -> {
                    SoftInformationItem i = new SoftInformationItem();
                    i.id = UUID.randomUUID();
                    i.customerId = customerId;
                    i.kind = r.kind();
                    i.observedOn = r.observedOn();
                    i.source = r.source().strip();
                    i.sourceReference = r.sourceReference();
                    i.assessment = r.assessment();
                    i.amount = r.amount() == null ? null : r.amount().setScale(2);
                    i.attributes = write(attributes);
                    i.summary = r.summary().strip();
                    i.recordedAt = Instant.now();
                    i.recordedBy = actor.name();
                    SoftInformationView view = view(i);
                    return i.persist()
                            .chain(() -> audit.record(actor, "soft-information.recorded", "soft_information", i.id, null, view))
                            .chain(() -> outbox.append(EventTypes.CUSTOMER_SOFT_INFORMATION_RECORDED, customerId,
                                    new SoftInformationRecorded(customerId, i.id, i.kind.name(), i.observedOn, i.source,
                                            i.assessment.name(), i.amount, Map.copyOf(attributes), i.summary)))
                            .replaceWith(view);
                });
    }

    /** The customer's items, newest observation first, optionally of one kind. */
    @WithSession
    public Uni<List<SoftInformationView>> list(UUID customerId, SoftInformationKind kind) {
        Sort newestFirst = Sort.descending("observedOn", "recordedAt");
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(c -> kind == null
                        ? SoftInformationItem.<SoftInformationItem>list("customerId", newestFirst, customerId)
                        : SoftInformationItem.<SoftInformationItem>list("customerId = ?1 and kind = ?2", newestFirst, customerId, kind))
                .map(items -> items.stream().map(SoftInformationService::view).toList());
    }

    static SoftInformationView view(SoftInformationItem i) {
        return new SoftInformationView(i.id, i.customerId, i.kind, i.observedOn, i.source, i.sourceReference,
                i.assessment, i.amount, read(i.attributes), i.summary, i.recordedAt, i.recordedBy);
    }

    private static String write(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
