package org.smecredit.rating.rating;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Read access to ratings and the master scale. Ratings are assigned by events, never by this API (yet). */
@Path("/api/ratings")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    @Inject
    RatingService ratings;

    @GET
    @Path("/master-scale")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The master scale: grades best first with score band and one-year PD; D is default")
    public List<GradeView> masterScale() {
        return ratings.masterScale();
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The customer's current (latest) rating; 404 when it was never rated")
    public Uni<RatingView> latest(@PathParam("customerId") UUID customerId) {
        return ratings.latest(customerId);
    }

    @GET
    @Path("/{customerId}/history")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Every rating of the customer, newest first; 404 when it was never rated")
    public Uni<List<RatingView>> history(@PathParam("customerId") UUID customerId) {
        return ratings.history(customerId);
    }
}
