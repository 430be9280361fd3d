package org.smecredit.collections.actions;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.smecredit.collections.recovery.RecoveryResource;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Collectors' actions on a case; every POST honours {@code Idempotency-Key} as recoveries do. */
@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseActionResource {
    private static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,100}$";
    private static final String KEY_MESSAGE = "must be 1 to 100 visible ASCII characters";

    @Inject
    CaseActionService actions;

    @Inject
    CurrentActor actor;

    @POST
    @Path("/contacts")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Log a contact with the borrower or a related person")
    public Uni<Response> logContact(@PathParam("caseId") UUID caseId,
                                    @HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                                    @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
                                    @NotNull @Valid LogContactRequest request) {
        return actions.logContact(caseId, request, key, actor.get()).map(r -> created(caseId, r));
    }

    @POST
    @Path("/promises")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Record the borrower's promise to pay an amount by a due date; the promise check judges it")
    public Uni<Response> recordPromise(@PathParam("caseId") UUID caseId,
                                       @HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                                       @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
                                       @NotNull @Valid PromiseToPayRequest request) {
        return actions.recordPromise(caseId, request, key, actor.get()).map(r -> created(caseId, r));
    }

    @POST
    @Path("/legal-steps")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Record a legal step (demand letter, preservation, lawsuit, judgment, enforcement, bankruptcy claim)")
    public Uni<Response> recordLegalStep(@PathParam("caseId") UUID caseId,
                                         @HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                                         @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
                                         @NotNull @Valid LegalStepRequest request) {
        return actions.recordLegalStep(caseId, request, key, actor.get()).map(r -> created(caseId, r));
    }

    @POST
    @Path("/auctions")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Schedule an auction of collateral with a reserve price")
    public Uni<Response> scheduleAuction(@PathParam("caseId") UUID caseId,
                                         @HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                                         @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
                                         @NotNull @Valid ScheduleAuctionRequest request) {
        return actions.scheduleAuction(caseId, request, key, actor.get()).map(r -> created(caseId, r));
    }

    @POST
    @Path("/guarantor-demands")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Demand payment from a guarantor by a due date")
    public Uni<Response> demandFromGuarantor(@PathParam("caseId") UUID caseId,
                                             @HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                                             @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
                                             @NotNull @Valid GuarantorDemandRequest request) {
        return actions.demandFromGuarantor(caseId, request, key, actor.get()).map(r -> created(caseId, r));
    }

    @POST
    @Path("/actions/{actionId}/outcome")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Record the outcome of a pending action; an auction SOLD or a demand PAID books the money "
            + "as a recovery (collections.recovery-recorded.v1)")
    public Uni<Response> recordOutcome(@PathParam("caseId") UUID caseId, @PathParam("actionId") UUID actionId,
                                       @HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                                       @Pattern(regexp = KEY_PATTERN, message = KEY_MESSAGE) String key,
                                       @NotNull @Valid ActionOutcomeRequest request) {
        return actions.recordOutcome(caseId, actionId, request, key, actor.get()).map(r -> {
            Response.ResponseBuilder ok = Response.ok(r.action());
            return (r.replayed() ? ok.header(RecoveryResource.IDEMPOTENT_REPLAYED, "true") : ok).build();
        });
    }

    @GET
    @Path("/actions")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Actions on a case, oldest first, by kind and status (both optional)")
    public Uni<List<ActionView>> list(@PathParam("caseId") UUID caseId, @QueryParam("kind") String kind,
                                      @QueryParam("status") String status) {
        return actions.list(caseId, parse(ActionKind.class, "kind", kind), parse(ActionStatus.class, "status", status));
    }

    @GET
    @Path("/actions/{actionId}")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Read one action of a case")
    public Uni<ActionView> get(@PathParam("caseId") UUID caseId, @PathParam("actionId") UUID actionId) {
        return actions.get(caseId, actionId);
    }

    private static Response created(UUID caseId, CaseActionService.Recorded r) {
        Response.ResponseBuilder created = Response
                .created(URI.create("/api/cases/" + caseId + "/actions/" + r.action().id())).entity(r.action());
        return (r.replayed() ? created.header(RecoveryResource.IDEMPOTENT_REPLAYED, "true") : created).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
