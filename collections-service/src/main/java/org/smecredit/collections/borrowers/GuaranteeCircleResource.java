package org.smecredit.collections.borrowers;

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

@Path("/api/cases/{caseId}/guarantee-circle")
@Produces(MediaType.APPLICATION_JSON)
public class GuaranteeCircleResource {

    @Inject
    GuaranteeCircleService circles;

    @GET
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "The borrower's guarantee circle and the exposure still owed on the other members' open cases")
    public Uni<GuaranteeCircleExposure> get(@PathParam("caseId") UUID caseId) {
        return circles.of(caseId);
    }
}
