package org.smecredit.platform.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The service's audit trail, for auditors and risk managers. The gateway exposes it per service. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.RISK_MANAGER})
public class AuditResource {
    private final AuditTrail trail;
    private final ObjectMapper json;

    public AuditResource(AuditTrail trail, ObjectMapper json) {
        this.trail = trail;
        this.json = json;
    }

    public record AuditEntryView(long id, Instant occurredAt, String actor, List<String> roles, String requestId,
                                 String action, String entityType, String entityId, JsonNode before, JsonNode after) {
    }

    @GET
    @WithSession
    @Operation(summary = "Query the audit trail of this service's state changes, oldest first")
    public Uni<List<AuditEntryView>> query(@QueryParam("entityType") String entityType,
                                           @QueryParam("entityId") String entityId,
                                           @QueryParam("actor") String actor,
                                           @QueryParam("action") String action,
                                           @QueryParam("from") Instant from,
                                           @QueryParam("to") Instant to,
                                           @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return trail.find(new AuditTrail.AuditQuery(entityType, entityId, actor, action, from, to, page, size))
                .map(list -> list.stream().map(this::view).toList());
    }

    private AuditEntryView view(AuditEntry e) {
        return new AuditEntryView(e.id, e.occurredAt, e.actor,
                e.actorRoles.isEmpty() ? List.of() : List.of(e.actorRoles.split(",")), e.requestId,
                e.action, e.entityType, e.entityId, tree(e.beforeState), tree(e.afterState));
    }

    private JsonNode tree(String s) {
        try {
            return s == null ? null : json.readTree(s);
        } catch (Exception ex) {
            return json.getNodeFactory().textNode(s);
        }
    }
}
