package org.smecredit.customer.customer;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The corporate group a customer declares it belongs to (集团客户) and its direct parent company by USCC (checked,
 * GB 32100-2015; the parent need not be a customer). Both replace what was declared; both null withdraw the
 * declaration. Customers with the same group name (case-insensitive) or the same parent form one related-party group.
 */
@Schema(example = """
        {"groupName": "Hunan Xiangjiang Holding Group", "parentUscc": "91110108MA01C8XR4E"}""")
public record GroupMembershipRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String groupName,
        @Size(min = 18, max = 18) String parentUscc) {
}
