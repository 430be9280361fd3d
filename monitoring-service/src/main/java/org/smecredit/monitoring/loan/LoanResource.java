package org.smecredit.monitoring.loan;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/monitoring/loans")
@Produces(MediaType.APPLICATION_JSON)
public class LoanResource {

    @Inject
    LoanBookService loans;

    @GET
    @Path("/{loanId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "A monitored loan: outstanding principal, days past due, class, stage, ECL, installments")
    public Uni<LoanView> get(@PathParam("loanId") UUID loanId) {
        return loans.get(loanId);
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The monitored loans of a borrower, oldest disbursement first")
    public Uni<List<LoanView>> byCustomer(@QueryParam("customerId") @NotNull UUID customerId) {
        return loans.byCustomer(customerId);
    }
}
