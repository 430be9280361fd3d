package org.smecredit.customer.guarantee;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.customer.http.ApiExamples;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/customers/{id}/guarantee-circle")
@Produces(MediaType.APPLICATION_JSON)
public class GuaranteeCircleResource {
    @Inject
    GuaranteeService guarantees;

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The customer's guarantee circle: all firms linked to it through chains of guarantees in "
            + "force, the links, and the closed loops (strongly connected components)")
    @APIResponse(responseCode = "200", description = "the circle, the customer first",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = GuaranteeCircleView.class),
                    examples = @ExampleObject(name = "circle", value = ApiExamples.GUARANTEE_CIRCLE)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<GuaranteeCircleView> circle(@PathParam("id") UUID id) {
        return guarantees.circle(id);
    }
}
