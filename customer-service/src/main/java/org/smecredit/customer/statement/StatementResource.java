package org.smecredit.customer.statement;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.customer.http.ApiExamples;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/customers/{customerId}/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {
    @Inject
    StatementService statements;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.INTEGRATION})
    @Operation(summary = "File a financial statement (a second filing for the same period is a restatement)")
    @APIResponse(responseCode = "201", description = "the filed statement (version 1, or n+1 for a restatement) with its ratios",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "filed", value = ApiExamples.STATEMENT)))
    @APIResponse(responseCode = "400", description = "missing lines, negative totals, more than 2 decimals, a currency other than CNY",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "an accounting identity is broken; violations name the line",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "statement-inconsistent", value = ApiExamples.STATEMENT_INCONSISTENT)))
    public Uni<Response> file(@PathParam("customerId") UUID customerId, @NotNull @Valid FileStatementRequest request) {
        return statements.file(customerId, request, actor.get())
                .map(s -> Response.created(URI.create("/api/customers/" + customerId + "/statements/" + s.id()))
                        .entity(s).build());
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "All statements of a customer, every version, by period")
    @APIResponse(responseCode = "200", description = "every version by period, each with its ratios",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StatementView.class),
                    examples = @ExampleObject(name = "statements", value = ApiExamples.STATEMENTS)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<List<StatementView>> list(@PathParam("customerId") UUID customerId) {
        return statements.list(customerId);
    }
}
