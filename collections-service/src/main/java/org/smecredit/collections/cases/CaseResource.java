package org.smecredit.collections.cases;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR,
            Roles.INTEGRATION, Roles.RELATIONSHIP_MANAGER})
    @Operation(summary = "Read a collection case: exposure at default, recovered to date, realized LGD, outcome")
    public Uni<CaseView> get(@PathParam("caseId") UUID caseId) {
        return cases.get(caseId);
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
