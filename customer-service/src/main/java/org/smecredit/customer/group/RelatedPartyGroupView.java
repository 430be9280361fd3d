package org.smecredit.customer.group;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A customer's related-party group (关联方 / 集团客户): every customer reached from it through shareholdings (an
 * enterprise shareholder that is a customer, either way), declared parents (either way, and siblings under the same
 * declared parent even when the parent is not a customer) and declared group names. Exposure limits and contagion
 * are judged on this group, not on the single firm.
 *
 * @param declaredGroups the group names declared by members (as first written)
 * @param externalParents declared parent USCCs that are not customers of the bank
 * @param truncated true when the group reached the size cap and members beyond it were not collected
 */
public record RelatedPartyGroupView(UUID customerId, int size, List<Member> members, List<Link> links,
                                    List<String> declaredGroups, List<String> externalParents, boolean truncated) {

    public record Member(UUID customerId, String uscc, String legalName, String groupName, String parentUscc) {
    }

    /**
     * {@code from} is owned or controlled by {@code to}: SHAREHOLDER — {@code to} holds {@code stake} of {@code from};
     * PARENT — {@code from} declared {@code to} its parent company (stake null).
     */
    public record Link(UUID fromId, UUID toId, Relation relation, BigDecimal stake) {
    }

    public enum Relation { SHAREHOLDER, PARENT }
}
