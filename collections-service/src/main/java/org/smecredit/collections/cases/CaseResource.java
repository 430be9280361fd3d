package org.smecredit.collections.cases;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CollectionCaseService cases;

    @Inject
    CurrentActor actor;

    @Inject
    LgdMeasurement lgdMeasurement;

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Read a collection case: exposure at default, recovered to date, realized LGD, outcome")
    public Uni<CaseView> get(@PathParam("caseId") UUID caseId) {
        return cases.get(caseId);
    }

    @GET
    @Path("/{caseId}/lgd")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Economic realized LGD: recoveries less collection costs, discounted to the default date at "
            + "the loan's rate, with the cash flows and the formula")
    public Uni<LgdMeasurement.Measured> lgd(@PathParam("caseId") UUID caseId) {
        return cases.lgd(caseId, lgdMeasurement);
    }

    @GET
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Find cases by loan, status (OPEN, CLOSED) and assigned collector, newest first")
    public Uni<List<CaseView>> list(@QueryParam("loanId") UUID loanId,
                                    @QueryParam("status") String status,
                                    @QueryParam("assignedTo") String assignedTo,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return cases.list(loanId, status(status), assignedTo, page, size);
    }

    @POST
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER})
    @Operation(summary = "Open a case on demand for a loan monitoring classified substandard or worse; honours "
            + "Idempotency-Key; publishes collections.case-opened.v1")
    public Uni<Response> open(@HeaderParam(RecoveryResource.IDEMPOTENCY_KEY)
                              @Pattern(regexp = "^[\\x21-\\x7E]{1,100}$",
                                      message = "must be 1 to 100 visible ASCII characters") String idempotencyKey,
                              @NotNull @Valid OpenCaseRequest request) {
        return cases.openOnDemand(request, idempotencyKey, actor.get()).map(o -> {
            Response.ResponseBuilder created = Response.created(URI.create("/api/cases/" + o.view().id()))
                    .entity(o.view());
            return (o.replayed() ? created.header(RecoveryResource.IDEMPOTENT_REPLAYED, "true") : created).build();
        });
    }

    @POST
    @Path("/{caseId}/closure")
    @RolesAllowed(Roles.COLLECTIONS_OFFICER)
    @Operation(summary = "Close an open case as SETTLED (WRITTEN_OFF: 422, use the four-eyes write-off); publishes collections.case-closed.v1 "
            + "with the realized LGD")
    public Uni<CaseView> close(@PathParam("caseId") UUID caseId, @NotNull @Valid CloseCaseRequest request) {
        return cases.close(caseId, request, actor.get());
    }

    private static CaseStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be OPEN or CLOSED");
        }
    }
}
