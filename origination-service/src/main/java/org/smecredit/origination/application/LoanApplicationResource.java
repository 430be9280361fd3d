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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoanApplicationResource {
    static final String JSON = MediaType.APPLICATION_JSON;
    static final String PROBLEM = "application/problem+json";
    static final String DRAFT_EXAMPLE = """
            {"customerId": "0b8f4c57-6f0e-4a51-9a43-5b6f8d1c2e10", "productCode": "WORKING_CAPITAL",
             "amount": 1500000.00, "termMonths": 12, "purpose": "raw materials for the Q3 export orders",
             "repaymentType": "EQUAL_INSTALLMENT",
             "creditSupport": [{"type": "MORTGAGE_REAL_ESTATE", "value": 1200000.00, "valuationDate": "2026-10-15",
                                "haircut": 0.10, "description": "workshop, Suzhou industrial park"}]}""";
    static final String ACCEPTANCE_EXAMPLE = """
            {"priceVersion": 1, "comment": "signed by the legal representative at the branch"}""";
    static final String DISBURSEMENT_EXAMPLE = """
            {"valueDate": "2026-11-30"}""";
    static final String ILLEGAL_TRANSITION_EXAMPLE = """
            {"type": "https://smecredit.org/problems/illegal-transition", "title": "Illegal state transition",
             "status": 409, "detail": "application in state SUBMITTED cannot be accepted (only an APPROVED offer is)             (SUBMITTED → CONTRACTED is not a transition of the application status machine)",
             "currentStatus": "SUBMITTED", "requestedStatus": "CONTRACTED"}""";
    static final String OFFER_EXPIRED_EXAMPLE = """
            {"type": "https://smecredit.org/problems/offer-expired", "title": "Conflict", "status": 409,
             "detail": "the offer of application 6c1d… expired on 2026-12-28 (business date 2026-12-29)",
             "offerExpiresOn": "2026-12-28"}""";
    static final String STALE_PRICE_EXAMPLE = """
            {"type": "https://smecredit.org/problems/stale-price-version", "title": "Conflict", "status": 409,
             "detail": "price version 1 is not the current offer of application 6c1d… (current: 2)",
             "violations": [{"field": "priceVersion", "message": "must be the current price version 2"}],
             "currentPriceVersion": 2}""";
    static final String VALUE_DATE_EXAMPLE = """
            {"type": "https://smecredit.org/problems/invalid-value-date", "title": "Unprocessable content",
             "status": 422, "detail": "value date 2026-11-01 is before the business date 2026-11-28",
             "violations": [{"field": "valueDate", "message": "value date 2026-11-01 is before the business date             2026-11-28"}]}""";

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Set on the answer to a retried request: the application is the one the first request created. */
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Inject
    LoanApplicationService applications;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Create and submit a loan application in one step (DRAFT → SUBMITTED); decided at once when the borrower is rated, otherwise "
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
    @Path("/drafts")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Save an application as a DRAFT without submitting it: nothing is decided and no event is "
            + "published; edit it with PUT /api/applications/{id}, submit it with POST .../submission. Same body, "
            + "422s and Idempotency-Key as POST /api/applications")
    @RequestBody(content = @Content(mediaType = JSON, examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "the DRAFT")
    public Uni<Response> draft(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                               @NotNull @Valid SubmitApplicationRequest request) {
        return applications.draft(request, idempotencyKey, actor.get()).map(s -> s.replayed()
                ? Response.ok(s.application()).header(IDEMPOTENT_REPLAYED, "true").build()
                : Response.created(URI.create("/api/applications/" + s.application().id()))
                        .entity(s.application()).build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Edit a DRAFT: product, amount, term, purpose, repayment type and credit support are replaced. "
            + "409 illegal-transition unless DRAFT; 422 customer-changed / outside-product-bounds")
    @RequestBody(content = @Content(mediaType = JSON, examples = @ExampleObject(name = "draft", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "not a DRAFT", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "illegal-transition", value = ILLEGAL_TRANSITION_EXAMPLE)))
    public Uni<LoanApplicationView> edit(@PathParam("id") UUID id, @NotNull @Valid SubmitApplicationRequest request) {
        return applications.editDraft(id, request, actor.get());
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Submit a DRAFT (DRAFT → SUBMITTED): decided at once when the borrower is rated, otherwise "
            + "AWAITING_RATING; 409 illegal-transition unless DRAFT")
    @APIResponse(responseCode = "409", description = "not a DRAFT", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "illegal-transition", value = ILLEGAL_TRANSITION_EXAMPLE)))
    public Uni<LoanApplicationView> submitDraft(@PathParam("id") UUID id) {
        return applications.submitDraft(id, actor.get());
    }

    @POST
    @Path("/{id}/acceptance")
    @RolesAllowed(Roles.RELATIONSHIP_MANAGER)
    @Operation(summary = "Record the borrower's acceptance of the APPROVED offer (by its relationship manager), naming "
            + "the price version shown to it: APPROVED → CONTRACTED, the loan and its schedule are contracted at that "
            + "price. 409 illegal-transition / offer-expired / stale-price-version; 422 customer-blocked")
    @RequestBody(content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "acceptance", value = ACCEPTANCE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "not APPROVED, offer expired, or price version stale",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "offer-expired", value = OFFER_EXPIRED_EXAMPLE),
                    @ExampleObject(name = "stale-price-version", value = STALE_PRICE_EXAMPLE),
                    @ExampleObject(name = "illegal-transition", value = ILLEGAL_TRANSITION_EXAMPLE)}))
    public Uni<LoanApplicationView> accept(@PathParam("id") UUID id, @NotNull @Valid AcceptanceRequest request) {
        return applications.accept(id, request, actor.get());
    }

    @POST
    @Path("/{id}/disbursement")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Disburse a CONTRACTED loan (CONTRACTED → DISBURSED): the schedule runs from the value date "
            + "(default the business date; not before it, not after the contract's latest drawdown date: 422 "
            + "invalid-value-date), then origination.loan-disbursed.v1 and the corebanking.disbursement-requested.v1 "
            + "instruction. With Idempotency-Key a retry answers 200 Idempotent-Replayed; a second disbursement "
            + "without one is a 409")
    @RequestBody(required = false, content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "disbursement", value = DISBURSEMENT_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "value date outside the drawdown window",
            content = @Content(mediaType = PROBLEM,
                    examples = @ExampleObject(name = "invalid-value-date", value = VALUE_DATE_EXAMPLE)))
    public Uni<Response> disburse(@PathParam("id") UUID id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                  @Valid DisbursementRequest request) {
        return applications.disburse(id, request, idempotencyKey, actor.get()).map(s -> s.replayed()
                ? Response.ok(s.application()).header(IDEMPOTENT_REPLAYED, "true").build()
                : Response.ok(s.application()).build());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Roles.CREDIT_APPROVER)
    @Operation(summary = "Approve a REFERRED application (never by its submitter: 403 maker-checker; never twice by "
            + "the same person: 403 four-eyes). A branch case needs one approval, a head-office committee case two; "
            + "the last one makes the offer (APPROVED, with its expiry); the borrower's acceptance then contracts the "
            + "loan. Each approval checks the knock-outs again on today's facts: 422 customer-blocked, 422 knock-out (e.g. a "
            + "new rating above the maximum PD), 409 exposure-limit-breached (offers and contracts made since the "
            + "referral count as exposure)")
    public Uni<LoanApplicationView> approve(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return applications.approve(id, request.comment(), actor.get());
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.RELATIONSHIP_MANAGER)
    @Operation(summary = "Withdraw an application not finally decided or an offer not accepted (DRAFT, SUBMITTED, "
            + "AWAITING_RATING, REFERRED, APPROVED); 409 afterwards")
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
