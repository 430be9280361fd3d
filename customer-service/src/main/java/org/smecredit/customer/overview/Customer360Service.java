package org.smecredit.customer.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.customer.customer.CustomerService;
import org.smecredit.customer.group.RelatedPartyGroupService;
import org.smecredit.customer.group.RelatedPartyGroupView;
import org.smecredit.customer.guarantee.GuaranteeService;
import org.smecredit.customer.soft.Assessment;
import org.smecredit.customer.soft.SoftInformationService;
import org.smecredit.customer.soft.SoftInformationView;
import org.smecredit.customer.statement.StatementService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Joins the profile, statements, soft information, related-party group and guarantee circle, in one session. */
@ApplicationScoped
public class Customer360Service {
    private final CustomerService customers;
    private final StatementService statements;
    private final SoftInformationService soft;
    private final GuaranteeService guarantees;
    private final RelatedPartyGroupService groups;

    public Customer360Service(CustomerService customers, StatementService statements, SoftInformationService soft,
                              GuaranteeService guarantees, RelatedPartyGroupService groups) {
        this.customers = customers;
        this.statements = statements;
        this.soft = soft;
        this.guarantees = guarantees;
        this.groups = groups;
    }

    @WithSession
    public Uni<Customer360View> view(UUID id) {
        return customers.get(id).chain(profile -> statements.list(id)
                .chain(filed -> soft.list(id, null)
                        .chain(items -> groups.group(id).map(group -> related(id, group))
                                .chain(related -> guarantees.circle(id).map(circle -> new Customer360View(profile,
                                        filed.isEmpty() ? null : filed.get(filed.size() - 1), summary(items), related,
                                        new Customer360View.CircleSummary(circle.size(), circle.hasCycle(),
                                                (int) circle.members().stream().filter(m -> m.inCycle()).count(),
                                                circle.totalGuaranteed())))))));
    }

    private static Customer360View.SoftSummary summary(List<SoftInformationView> items) {
        return new Customer360View.SoftSummary(items.size(),
                items.stream().collect(Collectors.groupingBy(i -> i.assessment().name(), Collectors.counting())),
                items.stream().collect(Collectors.groupingBy(i -> i.kind().name(), Collectors.counting())),
                items.isEmpty() ? null : items.get(0).observedOn(),
                items.stream().filter(i -> i.assessment() == Assessment.NEGATIVE).limit(10).toList());
    }

    /**
     * Derived from the related-party group: owners and holdings are its SHAREHOLDER links touching this customer,
     * parent and subsidiaries its PARENT links.
     */
    static Customer360View.RelatedParties related(UUID id, RelatedPartyGroupView group) {
        Map<UUID, RelatedPartyGroupView.Member> byId = group.members().stream()
                .collect(Collectors.toMap(RelatedPartyGroupView.Member::customerId, Function.identity()));
        List<Customer360View.Party> owners = new ArrayList<>();
        List<Customer360View.Party> holdings = new ArrayList<>();
        List<Customer360View.Party> subsidiaries = new ArrayList<>();
        Customer360View.Party parent = null;
        for (RelatedPartyGroupView.Link l : group.links()) {
            boolean shareholding = l.relation() == RelatedPartyGroupView.Relation.SHAREHOLDER;
            if (l.fromId().equals(id)) {
                Customer360View.Party p = party(byId.get(l.toId()), l.stake());
                if (shareholding) {
                    owners.add(p);
                } else {
                    parent = p;
                }
            } else if (l.toId().equals(id)) {
                Customer360View.Party p = party(byId.get(l.fromId()), l.stake());
                (shareholding ? holdings : subsidiaries).add(p);
            }
        }
        return new Customer360View.RelatedParties(owners, holdings, parent, subsidiaries,
                new Customer360View.GroupSummary(group.size(), group.declaredGroups(),
                        group.members().stream().map(RelatedPartyGroupView.Member::customerId).toList(), group.truncated()));
    }

    private static Customer360View.Party party(RelatedPartyGroupView.Member m, java.math.BigDecimal stake) {
        return new Customer360View.Party(m.customerId(), m.uscc(), m.legalName(), stake);
    }
}
