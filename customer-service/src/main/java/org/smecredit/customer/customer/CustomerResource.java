package org.smecredit.customer.customer;

import java.net.URI;
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
    @Operation(summary = "Register an SME; 409 with existingId when the USCC is already registered")
    public Uni<Response> register(@NotNull @Valid RegisterCustomerRequest request) {
        return customers.register(request, actor.get())
                .map(c -> Response.created(URI.create("/api/customers/" + c.id())).entity(c).build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Read a customer")
    public Uni<CustomerView> get(@PathParam("id") UUID id) {
        return customers.get(id);
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER,
            Roles.RISK_MANAGER, Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "Find a customer by USCC")
    public Uni<CustomerView> findByUscc(@QueryParam("uscc") @NotNull String uscc) {
        return customers.findByUscc(uscc);
    }
}
