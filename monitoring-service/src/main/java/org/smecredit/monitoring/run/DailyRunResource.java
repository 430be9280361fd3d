package org.smecredit.monitoring.run;

import java.net.URI;
import java.time.LocalDate;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/monitoring/daily-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DailyRunResource {

    @Inject
    DailyRunService runs;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RISK_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Run (or resume) the end-of-day assessment of a business date: 201 with its summary; "
            + "200 with the stored summary when the date already completed; 409 for a date before the last completed run")
    public Uni<Response> run(@NotNull @Valid DailyRunRequest request) {
        return runs.run(request.businessDate(), actor.get()).map(o -> o.replayed()
                ? Response.ok(o.run()).build()
                : Response.created(URI.create("/api/monitoring/daily-runs/" + o.run().businessDate())).entity(o.run()).build());
    }

    @GET
    @Path("/{businessDate}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The run of a business date (ISO yyyy-MM-dd) and its portfolio summary")
    public Uni<DailyRunView> get(@PathParam("businessDate") LocalDate businessDate) {
        return runs.get(businessDate);
    }
}
