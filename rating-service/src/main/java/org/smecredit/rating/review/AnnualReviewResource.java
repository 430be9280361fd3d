package org.smecredit.rating.review;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Operations' trigger of the annual review (the schedule runs it daily as well). */
@Path("/api/annual-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnnualReviewResource {
    /** @param reviewDate business date of the review; default today's; never in the future */
    public record RunRequest(LocalDate reviewDate) {
    }

    @Inject
    AnnualReviewService reviews;
    @Inject
    BusinessClock clock;
    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RISK_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Re-rate every customer whose rating is older than 12 months; idempotent per customer and date")
    public Uni<AnnualReviewService.RunResult> run(RunRequest request) {
        LocalDate date = request == null || request.reviewDate() == null ? clock.today() : request.reviewDate();
        return reviews.run(date, actor.get());
    }
}
