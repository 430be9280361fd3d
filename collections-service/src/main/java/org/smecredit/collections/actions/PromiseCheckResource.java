package org.smecredit.collections.actions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.collections.actions.PromiseCheckService.PromiseCheckResult;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/promise-checks")
@Produces(MediaType.APPLICATION_JSON)
public class PromiseCheckResource {

    @Inject
    PromiseCheckService check;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.COLLECTIONS_OFFICER, Roles.RISK_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Judge every open promise to pay on today's business date (the daily check, on demand); "
            + "idempotent: a judged promise is not judged again")
    public Uni<PromiseCheckResult> run() {
        return check.run(actor.get());
    }
}
