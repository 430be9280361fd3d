package org.smecredit.monitoring.covenant;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The financial covenants of a loan, tested on every statement the borrower files. */
@Path("/api/monitoring/loans/{loanId}/covenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CovenantResource {

    @Inject
    CovenantService covenants;

    @Inject
    CurrentActor actor;

    @PUT
    @RolesAllowed({Roles.RISK_MANAGER, Roles.CREDIT_ANALYST})
    @Operation(summary = "Set the loan's covenants (replaces the whole set): DEBT_TO_EQUITY maximum, CURRENT_RATIO, "
            + "INTEREST_COVER and MIN_NET_WORTH (CNY) minimums; 404 unknown loan, 409 loan not active")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "covenants",
            value = "{\"covenants\":[{\"kind\":\"DEBT_TO_EQUITY\",\"limit\":2.5},{\"kind\":\"CURRENT_RATIO\",\"limit\":1.2},"
                    + "{\"kind\":\"INTEREST_COVER\",\"limit\":3},{\"kind\":\"MIN_NET_WORTH\",\"limit\":5000000.00}]}")))
    public Uni<CovenantRequests.LoanCovenants> replace(@PathParam("loanId") UUID loanId,
                                                       @NotNull @Valid CovenantRequests.CovenantSet request) {
        return covenants.replace(loanId, request, actor.get());
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The loan's covenants")
    public Uni<CovenantRequests.LoanCovenants> get(@PathParam("loanId") UUID loanId) {
        return covenants.get(loanId);
    }
}
