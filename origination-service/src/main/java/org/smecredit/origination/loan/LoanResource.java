package org.smecredit.origination.loan;

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

@Path("/api/loans")
@Produces(MediaType.APPLICATION_JSON)
public class LoanResource {
    private final LoanService loans;

    public LoanResource(LoanService loans) {
        this.loans = loans;
    }

    @GET
    @Path("/{loanId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER, Roles.RISK_MANAGER,
            Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read a booked loan with its repayment schedule")
    public Uni<LoanView> get(@PathParam("loanId") UUID loanId) {
        return loans.get(loanId);
    }
}
