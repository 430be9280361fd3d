package org.smecredit.customer.customer;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.customer.http.ApiExamples;
import org.smecredit.customer.size.SizeClass;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Inject
    CustomerService customers;

    @Inject
    CurrentActor actor;

    @POST
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Register an SME; 409 with existingId when the USCC is already registered",
            description = "Audited; publishes customer.registered.v1. The USCC check character (GB 32100-2015) and the "
                    + "GB/T 4754-2017 industry code are verified.")
    @APIResponse(responseCode = "201", description = "the registered customer; Location names it",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerView.class),
                    examples = @ExampleObject(name = "registered", value = ApiExamples.CUSTOMER)))
    @APIResponse(responseCode = "400", description = "missing or malformed fields (negative employees, unknown legalForm, ...)",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "validation", value = ApiExamples.VALIDATION),
                    @ExampleObject(name = "malformed-body", value = ApiExamples.MALFORMED)}))
    @APIResponse(responseCode = "409", description = "the USCC is already registered; existingId names the customer",
            content = @Content(mediaType = ApiExamples.PROBLEM,
                    examples = @ExampleObject(name = "duplicate-uscc", value = ApiExamples.DUPLICATE_USCC)))
    @APIResponse(responseCode = "422", description = "wrong USCC check character (also shareholders[i].uscc), unknown "
            + "GB/T 4754 industry code, shareholder stakes over 100 %",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "invalid-uscc", value = ApiExamples.INVALID_USCC),
                    @ExampleObject(name = "unknown-industry-code", value = ApiExamples.UNKNOWN_INDUSTRY)}))
    public Uni<Response> register(@NotNull @Valid RegisterCustomerRequest request) {
        return customers.register(request, actor.get())
                .map(c -> Response.created(URI.create("/api/customers/" + c.id())).entity(c).build());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Update a customer's profile partly (absent fields unchanged; USCC immutable); audited, "
            + "publishes customer.profile-updated.v1; employees or industry changes recompute the size class")
    @APIResponse(responseCode = "200", description = "the updated profile",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerView.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.CUSTOMER)))
    @APIResponse(responseCode = "400", description = "malformed fields",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "unknown GB/T 4754 industry code, bad shareholder USCC or stakes over 100 %",
            content = @Content(mediaType = ApiExamples.PROBLEM,
                    examples = @ExampleObject(name = "unknown-industry-code", value = ApiExamples.UNKNOWN_INDUSTRY)))
    public Uni<CustomerView> update(@PathParam("id") UUID id, @NotNull @Valid UpdateProfileRequest request) {
        return customers.update(id, request, actor.get());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Replace a customer's profile (optional fields left out are cleared; USCC immutable); audited, "
            + "publishes customer.profile-updated.v1")
    @APIResponse(responseCode = "200", description = "the replaced profile",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerView.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.CUSTOMER)))
    @APIResponse(responseCode = "400", description = "malformed fields",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "unknown GB/T 4754 industry code, bad shareholder USCC or stakes over 100 %",
            content = @Content(mediaType = ApiExamples.PROBLEM,
                    examples = @ExampleObject(name = "unknown-industry-code", value = ApiExamples.UNKNOWN_INDUSTRY)))
    public Uni<CustomerView> replace(@PathParam("id") UUID id, @NotNull @Valid ReplaceProfileRequest request) {
        return customers.replace(id, request, actor.get());
    }

    @GET
    @Path("/search")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List customers by page, filtered by industry (GB/T 4754 prefix), region (GB/T 2260 prefix), "
            + "size class, relationship manager and a name fragment; ordered by legal name")
    @APIResponse(responseCode = "200", description = "one page of customers",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerPage.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.CUSTOMER_PAGE)))
    @APIResponse(responseCode = "400", description = "bad filter or page size over 200",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    public Uni<CustomerPage> search(@QueryParam("industry") @Pattern(regexp = "^[A-T]\\d{0,4}$") String industry,
                                    @QueryParam("region") @Pattern(regexp = "^\\d{1,6}$") String region,
                                    @QueryParam("sizeClass") SizeClass sizeClass,
                                    @QueryParam("relationshipManager") @Size(max = 100) String relationshipManager,
                                    @QueryParam("name") @Size(max = 200) String name,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return customers.search(industry, region, sizeClass, relationshipManager, name, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read a customer")
    @APIResponse(responseCode = "200", description = "the customer",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerView.class),
                    examples = @ExampleObject(name = "customer", value = ApiExamples.CUSTOMER)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<CustomerView> get(@PathParam("id") UUID id) {
        return customers.get(id);
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Find a customer by USCC")
    @APIResponse(responseCode = "200", description = "the customer",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerView.class),
                    examples = @ExampleObject(name = "customer", value = ApiExamples.CUSTOMER)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<CustomerView> findByUscc(@QueryParam("uscc") @NotNull String uscc) {
        return customers.findByUscc(uscc);
    }
}
