package org.smecredit.origination.product;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.smecredit.platform.security.Roles;

/** The current version of every product: bounds, rate floor and cap, repayment types and eligible credit support. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {
    private final ProductCatalog catalog;

    public ProductResource(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @RolesAllowed({Roles.RELATIONSHIP_MANAGER, Roles.CREDIT_ANALYST, Roles.CREDIT_APPROVER, Roles.RISK_MANAGER,
            Roles.COLLECTIONS_OFFICER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "List the products with their current version")
    public List<Product> list() {
        return catalog.all();
    }
}
