package org.smecredit.collections.reports;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("/recovery")
    @RolesAllowed({Roles.RISK_MANAGER, Roles.AUDITOR, Roles.COLLECTIONS_OFFICER, Roles.CREDIT_APPROVER})
    @Operation(summary = "Recovery rate and time to recovery by strategy, cured vs liquidated share, over cases "
            + "closed in [closedFrom, closedTo]")
    public Uni<RecoveryReport.Report> recovery(@QueryParam("closedFrom") LocalDate closedFrom,
                                               @QueryParam("closedTo") LocalDate closedTo) {
        return reports.recovery(closedFrom, closedTo);
    }
}
