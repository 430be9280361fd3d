package org.smecredit.rating.override;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Rating overrides: credit analysts propose, risk managers (never the proposer) approve or reject. */
@Path("/api/rating-overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OverrideResource {
    @Inject
    OverrideService overrides;
    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(Roles.CREDIT_ANALYST)
    @Operation(summary = "Propose a notch change of the customer's current rating, with a reason and a comment")
    public Uni<Response> propose(@NotNull @Valid OverrideRequests.Propose request) {
        return overrides.propose(request, actor.get())
                .map(v -> Response.status(Response.Status.CREATED).entity(v).build());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Approve a proposed override (not your own): issues the overridden rating")
    public Uni<OverrideView> approve(@PathParam("id") UUID id, @Valid OverrideRequests.Decide request) {
        return overrides.approve(id, request == null ? null : request.comment(), actor.get());
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Reject a proposed override (not your own), with a comment")
    public Uni<OverrideView> reject(@PathParam("id") UUID id, @NotNull @Valid OverrideRequests.Reject request) {
        return overrides.reject(id, request.comment(), actor.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CREDIT_ANALYST, Roles.RISK_MANAGER, Roles.AUDITOR})
    public Uni<OverrideView> get(@PathParam("id") UUID id) {
        return overrides.get(id);
    }

    @GET
    @Path("/rates")
    @RolesAllowed({Roles.RISK_MANAGER, Roles.AUDITOR})
    @Operation(summary = "Override counts and approval rate per proposing analyst")
    public Uni<List<OverrideView.AnalystRate>> rates() {
        return overrides.rates();
    }
}
