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
    public Uni<Customer360View> view(@PathParam("id") UUID id) {
        return overview.view(id);
    }
}
