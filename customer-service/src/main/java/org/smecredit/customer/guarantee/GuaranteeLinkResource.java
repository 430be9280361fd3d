package org.smecredit.customer.guarantee;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.customer.http.ApiExamples;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/guarantee-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuaranteeLinkResource {
    @Inject
    GuaranteeService guarantees;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Record that one customer guarantees another's debt; publishes customer.guarantee-linked.v1 "
            + "with the borrower's guarantee circle")
    @APIResponse(responseCode = "201", description = "the link",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = GuaranteeLinkView.class),
                    examples = @ExampleObject(name = "linked", value = ApiExamples.GUARANTEE_LINK)))
    @APIResponse(responseCode = "400", description = "missing fields, amount not positive",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "422", description = "self-guarantee, unknown customer (guarantorId / borrowerId), validTo before validFrom",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "self-guarantee", value = ApiExamples.SELF_GUARANTEE)))
    public Uni<Response> link(@NotNull @Valid LinkGuaranteeRequest request) {
        return guarantees.link(request, actor.get())
                .map(l -> Response.created(URI.create("/api/guarantee-links/" + l.id())).entity(l).build());
    }
}
