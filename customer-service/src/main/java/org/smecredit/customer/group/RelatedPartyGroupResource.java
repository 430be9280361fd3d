package org.smecredit.customer.group;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.smecredit.customer.customer.CustomerService;
import org.smecredit.customer.customer.CustomerView;
import org.smecredit.customer.customer.GroupMembershipRequest;
import org.smecredit.customer.http.ApiExamples;
import org.smecredit.platform.security.CurrentActor;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/** Declared group membership (group name, parent company) and the related-party group built from it and shareholdings. */
@Path("/api/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RelatedPartyGroupResource {
    @Inject
    CustomerService customers;

    @Inject
    RelatedPartyGroupService groups;

    @Inject
    CurrentActor actor;

    @PUT
    @Path("/group-membership")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.INTEGRATION})
    @Operation(summary = "Declare the corporate group a customer belongs to and its direct parent (by USCC); both null "
            + "withdraw the declaration",
            description = "Audited as customer.group-membership-declared; publishes customer.profile-updated.v1 with "
                    + "groupName and parentUscc (changedFields names them). Customers with the same group name "
                    + "(case-insensitive) or the same parent join one related-party group.")
    @APIResponse(responseCode = "200", description = "the profile with its group membership",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = CustomerView.class),
                    examples = @ExampleObject(name = "profile", value = ApiExamples.CUSTOMER)))
    @APIResponse(responseCode = "400", description = "blank group name, parentUscc not 18 characters",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "parentUscc with a wrong check character (invalid-uscc), the "
            + "customer itself (self-parent) or a chain of parents back to it (parent-cycle)",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "parent-cycle", value = ApiExamples.PARENT_CYCLE),
                    @ExampleObject(name = "invalid-uscc", value = ApiExamples.INVALID_USCC)}))
    public Uni<CustomerView> declare(@PathParam("id") UUID id, @NotNull @Valid GroupMembershipRequest request) {
        return customers.declareGroupMembership(id, request, actor.get());
    }

    @GET
    @Path("/related-party-group")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The customer's related-party group: every customer linked to it through shareholdings, "
            + "declared parents (and siblings under one parent) and declared group names, with the links")
    @APIResponse(responseCode = "200", description = "the group, the customer first",
            content = @Content(mediaType = ApiExamples.JSON, schema = @Schema(implementation = RelatedPartyGroupView.class),
                    examples = @ExampleObject(name = "group", value = ApiExamples.RELATED_PARTY_GROUP)))
    @APIResponse(responseCode = "404", description = "no such customer",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not-found", value = ApiExamples.NOT_FOUND)))
    public Uni<RelatedPartyGroupView> group(@PathParam("id") UUID id) {
        return groups.group(id);
    }
}
