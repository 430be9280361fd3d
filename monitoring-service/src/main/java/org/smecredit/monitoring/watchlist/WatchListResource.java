package org.smecredit.monitoring.watchlist;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.smecredit.monitoring.signal.QueryParams;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** The watch list: borrowers under closer watch, with owners and review dates. */
@Path("/api/monitoring/watch-list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WatchListResource {

    @Inject
    WatchListService watchList;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Watch-list entries (status ACTIVE by default, or REMOVED), by borrower and owner; "
            + "overdue=true lists the active entries whose review date has passed")
    public Uni<List<WatchListView>> list(@QueryParam("status") String status, @QueryParam("customerId") String customerId,
                                         @QueryParam("owner") String owner, @QueryParam("overdue") String overdue) {
        WatchListStatus s = QueryParams.enumValue("status", status, WatchListStatus.class);
        boolean overdueOnly = switch (overdue == null ? "" : overdue) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw ProblemException.badRequest("overdue", "overdue must be true or false");
        };
        return watchList.list(s == null ? WatchListStatus.ACTIVE : s, QueryParams.uuid("customerId", customerId),
                owner == null || owner.isBlank() ? null : owner, overdueOnly);
    }

    @GET
    @Path("/{entryId}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "One watch-list entry")
    public Uni<WatchListView> get(@PathParam("entryId") UUID entryId) {
        return watchList.get(entryId);
    }

    @POST
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Put a borrower on the watch list by hand: 201; 409 when it already has an active entry")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "add",
            value = "{\"customerId\":\"5f0c1e9a-3b7d-4c2e-9a41-0d6f2b8c7e15\",\"reason\":\"Main customer filed for "
                    + "bankruptcy\",\"owner\":\"risk.li\",\"reviewOn\":\"2026-12-31\"}")))
    public Uni<Response> add(@NotNull @Valid WatchListRequests.Add request) {
        return watchList.add(request, actor.get()).map(v -> Response
                .created(URI.create("/api/monitoring/watch-list/" + v.entryId())).entity(v).build());
    }

    @PATCH
    @Path("/{entryId}")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Change the owner and/or the review date of an active entry (409 when removed)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "change",
            value = "{\"owner\":\"rm.wang\",\"reviewOn\":\"2027-01-15\"}")))
    public Uni<WatchListView> change(@PathParam("entryId") UUID entryId, @NotNull @Valid WatchListRequests.Change request) {
        return watchList.change(entryId, request, actor.get());
    }

    @POST
    @Path("/{entryId}/removal")
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Take a borrower off the watch list with a reason (409 when already removed)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "remove",
            value = "{\"reason\":\"Guarantor's default cured; two installments paid on time\"}")))
    public Uni<WatchListView> remove(@PathParam("entryId") UUID entryId, @NotNull @Valid WatchListRequests.Removal request) {
        return watchList.remove(entryId, request.reason(), actor.get());
    }
}
