package org.smecredit.monitoring.signal;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Early-warning signals and their handling by risk managers. */
@Path("/api/monitoring/signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalResource {

    @Inject
    SignalService signals;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Early-warning signals, newest first, by status (OPEN, ACKNOWLEDGED, RESOLVED), borrower, "
            + "loan and type; page from 0, size 1-500 (default 100)")
    public Uni<List<SignalView>> list(@QueryParam("status") String status, @QueryParam("customerId") String customerId,
                                      @QueryParam("loanId") String loanId, @QueryParam("signalType") String signalType,
                                      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return signals.list(QueryParams.enumValue("status", status, SignalStatus.class),
                QueryParams.uuid("customerId", customerId), QueryParams.uuid("loanId", loanId),
                signalType == null || signalType.isBlank() ? null : signalType,
                QueryParams.bounded("page", page, 0, 0, Integer.MAX_VALUE), QueryParams.bounded("size", size, 100, 1, 500));
    }

    @GET
    @Path("/{signalId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "One early-warning signal with its evidence and handling")
    public Uni<SignalView> get(@PathParam("signalId") UUID signalId) {
        return signals.get(signalId);
    }

    @POST
    @Path("/{signalId}/acknowledgement")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Acknowledge an OPEN signal (409 in any other state)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "acknowledge",
            value = "{\"note\":\"Called the borrower's CFO; statements requested\"}")))
    public Uni<SignalView> acknowledge(@PathParam("signalId") UUID signalId, @Valid SignalRequests.Acknowledgement request) {
        return signals.acknowledge(signalId, request == null ? null : request.note(), actor.get());
    }

    @POST
    @Path("/{signalId}/resolution")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Resolve an ACKNOWLEDGED signal with a note (409 in any other state; 400 naming note when blank)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "resolve",
            value = "{\"note\":\"Guarantor replaced by a mortgage on the plant; exposure covered\"}")))
    public Uni<SignalView> resolve(@PathParam("signalId") UUID signalId,
                                   @NotNull @Valid SignalRequests.Resolution request) {
        return signals.resolve(signalId, request.note(), actor.get());
    }
}
