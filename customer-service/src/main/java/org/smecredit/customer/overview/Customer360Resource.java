package org.smecredit.customer.overview;

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

@Path("/api/customers/{id}/360")
@Produces(MediaType.APPLICATION_JSON)
public class Customer360Resource {
    @Inject
    Customer360Service overview;

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Customer 360: profile, latest statement with ratios, soft-information summary, related "
            + "parties (shareholding customers both ways) and guarantee-circle summary")
    @APIResponse(responseCode = "200", description = "the 360 view",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = Customer360View.class),
                    examples = @ExampleObject(name = "customer-360", value = ApiExamples.CUSTOMER_360)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<Customer360View> view(@PathParam("id") UUID id) {
        return overview.view(id);
    }
}
