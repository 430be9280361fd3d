package org.smecredit.monitoring.industry;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Industry alerts raised by risk managers; each raises INDUSTRY_ALERT signals on the industry's active loans. */
@Path("/api/monitoring/industry-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndustryAlertResource {

    @Inject
    IndustryAlertService alerts;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Raise an alert on an industry (GB/T 4754 code, prefix match): 201 with the number of "
            + "INDUSTRY_ALERT signals raised on active loans of borrowers in it")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "alert",
            value = "{\"industryCode\":\"C13\",\"severity\":\"HIGH\",\"reason\":\"Export ban on processed soybeans; "
                    + "prices down 40 %\"}")))
    public Uni<Response> raise(@NotNull @Valid IndustryAlertRequests.Raise request) {
        return alerts.raise(request, actor.get()).map(a -> Response
                .created(URI.create("/api/monitoring/industry-alerts/" + a.alertId())).entity(a).build());
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Industry alerts, newest first, optionally by status (OPEN, CLOSED)")
    public Uni<List<IndustryAlertRequests.AlertView>> list(@QueryParam("status") String status) {
        if (status != null && !status.isBlank() && !IndustryAlert.OPEN.equals(status) && !IndustryAlert.CLOSED.equals(status)) {
            throw ProblemException.badRequest("status", "status must be OPEN or CLOSED");
        }
        return alerts.list(status == null || status.isBlank() ? null : status);
    }

    @GET
    @Path("/{alertId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "One industry alert")
    public Uni<IndustryAlertRequests.AlertView> get(@PathParam("alertId") UUID alertId) {
        return alerts.get(alertId);
    }

    @POST
    @Path("/{alertId}/closure")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Close an open alert with a note (409 when already closed); its signals stay as they are")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "close",
            value = "{\"note\":\"Ban lifted on 2026-12-01\"}")))
    public Uni<IndustryAlertRequests.AlertView> close(@PathParam("alertId") UUID alertId,
                                                      @NotNull @Valid IndustryAlertRequests.Closure request) {
        return alerts.close(alertId, request.note(), actor.get());
    }
}
