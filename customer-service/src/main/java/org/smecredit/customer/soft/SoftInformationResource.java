package org.smecredit.customer.soft;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.customer.http.ApiExamples;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/customers/{customerId}/soft-information")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SoftInformationResource {
    @Inject
    SoftInformationService items;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.INTEGRATION})
    @Operation(summary = "Record a dated, sourced soft-information item; publishes customer.soft-information-recorded.v1")
    @APIResponse(responseCode = "201", description = "the recorded item",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = SoftInformationView.class),
                    examples = @ExampleObject(name = "recorded", value = ApiExamples.SOFT_ITEM)))
    @APIResponse(responseCode = "400", description = "undated, unsourced, unknown kind",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "taxGrade not one of A, B, M, C, D",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "invalid-tax-grade", value = ApiExamples.INVALID_TAX_GRADE)))
    public Uni<Response> record(@PathParam("customerId") UUID customerId, @NotNull @Valid RecordSoftInformationRequest request) {
        return items.record(customerId, request, actor.get())
                .map(i -> Response.created(URI.create("/api/customers/" + customerId + "/soft-information/" + i.id()))
                        .entity(i).build());
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The customer's soft information, newest observation first; filter by kind")
    @APIResponse(responseCode = "200", description = "the items, newest observation first",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SoftInformationView.class),
                    examples = @ExampleObject(name = "items", value = ApiExamples.SOFT_ITEMS)))
    @APIResponse(responseCode = "404", description = "no such customer, or an unknown kind",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<List<SoftInformationView>> list(@PathParam("customerId") UUID customerId,
                                               @QueryParam("kind") SoftInformationKind kind) {
        return items.list(customerId, kind);
    }
}
