package org.smecredit.collections.strategy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/cases/{caseId}/strategy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategyResource {

    @Inject
    StrategyService strategies;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Expected NPV of every disposal option with its assumptions, the recommendation and why, "
            + "and the choices made")
    public Uni<StrategyView> get(@PathParam("caseId") UUID caseId) {
        return strategies.get(caseId);
    }

    @PUT
    @Path("/inputs")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Enter collateral, guarantees, restructuring terms and an AMC quote for the valuation")
    public Uni<StrategyView> enterInputs(@PathParam("caseId") UUID caseId, @NotNull @Valid StrategyInputsRequest request) {
        return strategies.enterInputs(caseId, request, actor.get());
    }

    @POST
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Choose a strategy: 201 CHOSEN (publishes collections.strategy-chosen.v1), or 202 "
            + "PENDING_APPROVAL when expected to recover less than the recommendation (reason required)")
    public Uni<Response> choose(@PathParam("caseId") UUID caseId, @NotNull @Valid ChooseStrategyRequest request) {
        return strategies.choose(caseId, request, actor.get()).map(v -> Response
                .status(v.status() == StrategyChoice.Status.CHOSEN ? Response.Status.CREATED : Response.Status.ACCEPTED)
                .entity(v).build());
    }

    @POST
    @Path("/approval")
    @RolesAllowed({Roles.CREDIT_APPROVER, Roles.RISK_MANAGER})
    @Operation(summary = "Second approver approves or rejects a choice below the recommendation (never its maker)")
    public Uni<ChoiceView> decide(@PathParam("caseId") UUID caseId, @NotNull @Valid DecideChoiceRequest request) {
        return strategies.decide(caseId, request, actor.get());
    }
}
