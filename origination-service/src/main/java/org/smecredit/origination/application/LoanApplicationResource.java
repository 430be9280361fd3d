package org.smecredit.origination.application;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoanApplicationResource {
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a retried request: the application is the one the first request created. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    LoanApplicationService applications;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Submit a loan application; decided at once when the borrower is rated, otherwise "
            + "AWAITING_RATING. 422 customer-unknown / outside-product-bounds; with Idempotency-Key a retry answers "
            + "the original application (200), a different request under the same key is a 409")
    public Uni<Response> submit(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                @NotNull @Valid SubmitApplicationRequest request) {
        return applications.submit(request, idempotencyKey, actor.get()).map(s -> s.replayed()
                ? Response.ok(s.application()).header(IDEMPOTENT_REPLAYED, "true").build()
                : Response.created(URI.create("/api/applications/" + s.application().id()))
                        .entity(s.application()).build());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.CREDIT_APPROVER)
    @Operation(summary = "Approve a REFERRED application (never by its submitter: 403 maker-checker; never twice by "
            + "the same person: 403 four-eyes). A branch case needs one approval, a head-office committee case two; "
            + "the last one books the loan and instructs its disbursement")
    public Uni<LoanApplicationView> approve(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return applications.approve(id, request.comment(), actor.get());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.RELATIONSHIP_MANAGER)
    @Operation(summary = "Withdraw an application not finally decided (SUBMITTED, AWAITING_RATING, REFERRED); 409 "
            + "afterwards")
    public Uni<LoanApplicationView> withdraw(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return applications.withdraw(id, request.comment(), actor.get());
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed(Roles.CREDIT_APPROVER)
    @Operation(summary = "Reject a REFERRED application")
    public Uni<LoanApplicationView> reject(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return applications.reject(id, request.comment(), actor.get());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER, Roles.RISK_MANAGER,
            Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read an application with its rating, price breakdown and decisions")
    public Uni<LoanApplicationView> get(@PathParam("id") UUID id) {
        return applications.get(id);
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER, Roles.RISK_MANAGER,
            Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List a customer's applications, oldest first")
    public Uni<List<LoanApplicationView>> list(@QueryParam("customerId") @NotNull UUID customerId) {
        return applications.listByCustomer(customerId);
    }
}
