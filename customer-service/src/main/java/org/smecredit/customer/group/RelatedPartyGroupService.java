package org.smecredit.customer.group;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.customer.customer.Customer;
import org.smecredit.customer.customer.CustomerView;
import org.smecredit.customer.customer.Shareholder;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Answers a customer's related-party group from both sources: shareholdings recorded on the profiles and the group
 * membership customers declare (group name, parent). Breadth-first, one round of four indexed queries per level, so a
 * group of n firms in d levels costs 4·d queries. Why both: a group-complex guarantee circle (集团复杂) is built around
 * a corporate group's subsidiaries and affiliates, and the 2023 classification Measures make obligor-group views
 * necessary (shared/domain-facts.md, "Guarantee circles and chains").
 */
@ApplicationScoped
public class RelatedPartyGroupService {
    /** Beyond this many firms the answer is cut and flagged {@code truncated}: no request may walk the whole book. */
    static final int MAX_MEMBERS = 500;

    @WithSession
    public Uni<RelatedPartyGroupView> group(UUID customerId) {
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(root -> {
                    Map<UUID, Customer> members = new LinkedHashMap<>();
                    members.put(root.id, root);
                    return expand(members, List.of(root)).map(truncated -> view(root.id, members, truncated));
                });
    }

    /** One breadth-first level: collects the new neighbours of {@code frontier}, then recurses on them. */
    private static Uni<Boolean> expand(Map<UUID, Customer> members, List<Customer> frontier) {
        if (frontier.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        if (members.size() >= MAX_MEMBERS) {
            return Uni.createFrom().item(true);
        }
        Set<String> usccs = new LinkedHashSet<>();
        Set<String> upward = new LinkedHashSet<>();    // owners and parents named by the frontier
        Set<String> parents = new LinkedHashSet<>();   // the frontier's declared parents (for siblings)
        Set<String> groups = new LinkedHashSet<>();
        for (Customer c : frontier) {
            usccs.add(c.uscc);
            for (Shareholder s : CustomerView.of(c).shareholders()) {
                if (s.uscc() != null) {
                    upward.add(s.uscc());
                }
            }
            if (c.parentUscc != null) {
                upward.add(c.parentUscc);
                parents.add(c.parentUscc);
            }
            if (c.groupName != null) {
                groups.add(normalised(c.groupName));
            }
        }
        Set<String> parentKeys = new LinkedHashSet<>(usccs);
        parentKeys.addAll(parents);
        Uni<List<Customer>> ownersAndParents = upward.isEmpty() ? none() : Customer.list("uscc in ?1", List.copyOf(upward));
        Uni<List<Customer>> childrenAndSiblings = Customer.list("parentUscc in ?1", List.copyOf(parentKeys));
        Uni<List<Customer>> sameGroup = groups.isEmpty() ? none() : Customer.list("lower(groupName) in ?1", List.copyOf(groups));
        Uni<List<Customer>> holdings = holdingsOf(usccs);
        return ownersAndParents.chain(a -> childrenAndSiblings.chain(b -> sameGroup.chain(c -> holdings.map(d -> {
            List<Customer> next = new ArrayList<>();
            for (List<Customer> found : List.of(a, b, c, d)) {
                for (Customer x : found) {
                    if (!members.containsKey(x.id) && members.size() < MAX_MEMBERS) {
                        members.put(x.id, x);
                        next.add(x);
                    }
                }
            }
            return next;
        })))).chain(next -> expand(members, next));
    }

    /**
     * Customers listing one of {@code usccs} as a shareholder. The shareholders column is a small JSON array; the
     * LIKE narrows the rows, the exact match is made on the parsed list.
     */
    private static Uni<List<Customer>> holdingsOf(Set<String> usccs) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (String uscc : usccs) {
            clauses.add("shareholders like :u" + i);
            params.put("u" + i, "%\"" + uscc + "\"%");
            i++;
        }
        return Customer.<Customer>list(String.join(" or ", clauses), params)
                .map(found -> found.stream().filter(h -> CustomerView.of(h).shareholders().stream()
                        .anyMatch(s -> s.uscc() != null && usccs.contains(s.uscc()))).toList());
    }

    private static RelatedPartyGroupView view(UUID rootId, Map<UUID, Customer> members, boolean truncated) {
        Map<String, Customer> byUscc = new HashMap<>();
        members.values().forEach(m -> byUscc.put(m.uscc, m));
        List<RelatedPartyGroupView.Link> links = new ArrayList<>();
        Set<String> declaredGroups = new LinkedHashSet<>();
        Set<String> seenGroups = new LinkedHashSet<>();
        Set<String> externalParents = new LinkedHashSet<>();
        for (Customer m : members.values()) {
            for (Shareholder s : CustomerView.of(m).shareholders()) {
                Customer owner = s.uscc() == null ? null : byUscc.get(s.uscc());
                if (owner != null) {
                    links.add(new RelatedPartyGroupView.Link(m.id, owner.id, RelatedPartyGroupView.Relation.SHAREHOLDER,
                            s.stake()));
                }
            }
            if (m.parentUscc != null) {
                Customer parent = byUscc.get(m.parentUscc);
                if (parent != null) {
                    links.add(new RelatedPartyGroupView.Link(m.id, parent.id, RelatedPartyGroupView.Relation.PARENT, null));
                } else {
                    externalParents.add(m.parentUscc);
                }
            }
            if (m.groupName != null && seenGroups.add(normalised(m.groupName))) {
                declaredGroups.add(m.groupName);
            }
        }
        List<RelatedPartyGroupView.Member> list = members.values().stream()
                .map(m -> new RelatedPartyGroupView.Member(m.id, m.uscc, m.legalName, m.groupName, m.parentUscc))
                .toList();
        return new RelatedPartyGroupView(rootId, list.size(), list, links, List.copyOf(declaredGroups),
                List.copyOf(externalParents), truncated);
    }

    static String normalised(String groupName) {
        return groupName.strip().toLowerCase(Locale.ROOT);
    }

    private static Uni<List<Customer>> none() {
        return Uni.createFrom().item(List.of());
    }
}
