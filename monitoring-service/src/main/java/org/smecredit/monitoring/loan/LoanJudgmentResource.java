package org.smecredit.monitoring.loan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** A risk manager's judgment of a loan's class: worse than its floors only, applied from the next daily run. */
@Path("/api/monitoring/loans/{loanId}/judgment")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoanJudgmentResource {

    @Inject
    RiskJudgmentService judgments;

    @Inject
    CurrentActor actor;

    @PUT
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Record or replace a risk manager's judgment of the loan's class, with the reason: it must be "
            + "worse than the loan's floor (422 naming category otherwise) and applies from the next daily run; "
            + "409 for a loan no longer active")
    public Uni<LoanView.JudgmentView> judge(@PathParam("loanId") UUID loanId,
                                            @RequestBody(content = @Content(examples = @ExampleObject(name = "doubtful",
                                                    value = "{\"category\":\"DOUBTFUL\",\"reason\":\"Main customer "
                                                            + "lost; court freezes the borrower's accounts\"}")))
                                            @NotNull @Valid JudgmentRequest request) {
        return judgments.judge(loanId, request, actor.get());
    }

    @DELETE
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Withdraw the judgment: from the next daily run the floors alone decide the class; "
            + "404 when the loan has none")
    public Uni<Response> withdraw(@PathParam("loanId") UUID loanId) {
        return judgments.withdraw(loanId, actor.get()).map(v -> Response.noContent().build());
    }
}
