package org.smecredit.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.platform.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Records every state change in the service's audit trail, inside the transaction that makes the change, and
 * answers auditors' queries.
 */
@ApplicationScoped
public class AuditTrail {
    private final ObjectMapper json;

    public AuditTrail(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param before the state before the change (a response record or map), or null for a creation
     * @param after  the state after the change
     */
    public Uni<Void> record(Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntry e = new AuditEntry();
        e.occurredAt = Instant.now();
        e.actor = actor.name();
        e.actorRoles = String.join(",", actor.roles());
        e.requestId = actor.requestId();
        e.action = action;
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.beforeState = toJson(before);
        e.afterState = toJson(after);
        return e.persist().replaceWithVoid();
    }

    public Uni<List<AuditEntry>> find(AuditQuery q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (q.entityType() != null) {
            where.append(" and entityType = :entityType");
            p.and("entityType", q.entityType());
        }
        if (q.entityId() != null) {
            where.append(" and entityId = :entityId");
            p.and("entityId", q.entityId());
        }
        if (q.actor() != null) {
            where.append(" and actor = :actor");
            p.and("actor", q.actor());
        }
        if (q.action() != null) {
            where.append(" and action = :action");
            p.and("action", q.action());
        }
        if (q.from() != null) {
            where.append(" and occurredAt >= :from");
            p.and("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and occurredAt < :to");
            p.and("to", q.to());
        }
        return AuditEntry.<AuditEntry>find(where.toString(), Sort.by("id"), p)
                .page(Page.of(q.page(), q.size())).list();
    }

    private String toJson(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit state not serializable", e);
        }
    }

    /** Filters of an audit query; null means any. */
    public record AuditQuery(String entityType, String entityId, String actor, String action, Instant from, Instant to,
                             int page, int size) {
    }
}
