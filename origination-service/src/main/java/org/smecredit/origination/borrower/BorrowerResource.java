package org.smecredit.origination.borrower;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Origination's view of a borrower, its sanctions screening and risk managers' watch overrides. */
@Path("/api/borrowers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BorrowerResource {
    private final BorrowerService borrowers;
    private final CurrentActor actor;

    public BorrowerResource(BorrowerService borrowers, CurrentActor actor) {
        this.borrowers = borrowers;
        this.actor = actor;
    }

    /** A sanctions screening result. */
    public record ScreeningRequest(@NotNull Boolean flagged, @NotBlank @Size(max = 500) String reason) {
    }

    /** A risk manager's override of a special-mention watch; the rationale is required. */
    public record OverrideRequest(@NotBlank @Size(max = 2000) String comment) {
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER, Roles.RISK_MANAGER,
            Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read what origination knows of a borrower: rating, block, watch, sanctions, statement; 404 "
            + "until customer.registered.v1 has arrived")
    public Uni<BorrowerView> get(@PathParam("customerId") UUID customerId) {
        return borrowers.get(customerId);
    }

    @PUT
    @Path("/{customerId}/sanctions-screening")
    @RolesAllowed({Roles.RISK_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Record the sanctions screening result (flagged is a knock-out for new credit)")
    public Uni<BorrowerView> screen(@PathParam("customerId") UUID customerId,
                                    @NotNull @Valid ScreeningRequest request) {
        return borrowers.screen(customerId, request.flagged(), request.reason(), actor.get());
    }

    @POST
    @Path("/{customerId}/watch-override")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Let new credit go to a borrower on special-mention watch (409 when not on watch)")
    public Uni<BorrowerView> overrideWatch(@PathParam("customerId") UUID customerId,
                                           @NotNull @Valid OverrideRequest request) {
        return borrowers.overrideWatch(customerId, request.comment(), actor.get());
    }
}
