package org.smecredit.collections.recovery;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/cases/{caseId}/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecoveryResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a repeated request: the recovery was booked by the first one. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    RecoveryService recoveries;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Book money recovered outside core banking (source MANUAL); honours Idempotency-Key. "
            + "Closes the case REPAID_IN_FULL when recovered to date reaches the exposure at default")
    public Uni<Response> record(@PathParam("caseId") UUID caseId,
                                @HeaderParam(IDEMPOTENCY_KEY)
                                @Pattern(regexp = "^[\\x21-\\x7E]{1,100}$",
                                        message = "must be 1 to 100 visible ASCII characters") String idempotencyKey,
                                @NotNull @Valid RecordRecoveryRequest request) {
        return recoveries.recordManual(caseId, request, idempotencyKey, actor.get())
                .map(b -> {
                    Response.ResponseBuilder created = Response
                            .created(URI.create("/api/cases/" + caseId + "/recoveries/" + b.recovery().id()))
                            .entity(b.recovery());
                    return (b.replayed() ? created.header(IDEMPOTENT_REPLAYED, "true") : created).build();
                });
    }

    @GET
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Recoveries booked on a case, oldest first")
    public Uni<List<RecoveryView>> list(@PathParam("caseId") UUID caseId) {
        return recoveries.list(caseId);
    }

    @GET
    @Path("/{recoveryId}")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Read one recovery of a case")
    public Uni<RecoveryView> get(@PathParam("caseId") UUID caseId, @PathParam("recoveryId") UUID recoveryId) {
        return recoveries.get(caseId, recoveryId);
    }
}
