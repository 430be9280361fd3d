package org.smecredit.origination.borrower;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Origination's view of a borrower: known to origination, latest rating, block for new credit. */
@Path("/api/borrowers")
@Produces(MediaType.APPLICATION_JSON)
public class BorrowerResource {
    private final BorrowerService borrowers;

    public BorrowerResource(BorrowerService borrowers) {
        this.borrowers = borrowers;
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER, Roles.RISK_MANAGER,
            Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read what origination knows of a borrower: rating and block for new credit; 404 until "
            + "customer.registered.v1 has arrived")
    public Uni<BorrowerView> get(@PathParam("customerId") UUID customerId) {
        return borrowers.get(customerId);
    }
}
