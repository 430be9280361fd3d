package org.smecredit.customer.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.customer.customer.Customer;
import org.smecredit.customer.customer.CustomerService;
import org.smecredit.customer.customer.CustomerView;
import org.smecredit.customer.customer.Shareholder;
import org.smecredit.customer.guarantee.GuaranteeService;
import org.smecredit.customer.soft.Assessment;
import org.smecredit.customer.soft.SoftInformationService;
import org.smecredit.customer.soft.SoftInformationView;
import org.smecredit.customer.statement.StatementService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Joins the profile, statements, soft information, shareholders and guarantee circle, in one session. */
@ApplicationScoped
public class Customer360Service {
    private final CustomerService customers;
    private final StatementService statements;
    private final SoftInformationService soft;
    private final GuaranteeService guarantees;

    public Customer360Service(CustomerService customers, StatementService statements, SoftInformationService soft,
                              GuaranteeService guarantees) {
        this.customers = customers;
        this.statements = statements;
        this.soft = soft;
        this.guarantees = guarantees;
    }

    @WithSession
    public Uni<Customer360View> view(UUID id) {
        return customers.get(id).chain(profile -> statements.list(id)
                .chain(filed -> soft.list(id, null)
                        .chain(items -> related(profile)
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

    /** Owners: enterprise shareholders that are customers. Holdings: customers that list this one as a shareholder. */
    private static Uni<Customer360View.RelatedParties> related(CustomerView profile) {
        List<Shareholder> owners = profile.shareholders().stream().filter(s -> s.uscc() != null).toList();
        Uni<List<Customer360View.Party>> ownerParties = owners.isEmpty()
                ? Uni.createFrom().item(List.of())
                : Customer.<Customer>list("uscc in ?1", owners.stream().map(Shareholder::uscc).toList()).map(found -> {
                    Map<String, Customer> byUscc = found.stream().collect(Collectors.toMap(c -> c.uscc, Function.identity()));
                    List<Customer360View.Party> out = new ArrayList<>();
                    for (Shareholder s : owners) {
                        Customer c = byUscc.get(s.uscc());
                        if (c != null) {
                            out.add(new Customer360View.Party(c.id, c.uscc, c.legalName, s.stake()));
                        }
                    }
                    return out;
                });
        return ownerParties.chain(ownersFound -> Customer.<Customer>list("shareholders like ?1", "%\"" + profile.uscc() + "\"%")
                .map(holders -> holders.stream()
                        .flatMap(h -> CustomerView.of(h).shareholders().stream()
                                .filter(s -> profile.uscc().equals(s.uscc()))
                                .map(s -> new Customer360View.Party(h.id, h.uscc, h.legalName, s.stake())))
                        .toList())
                .map(holdings -> new Customer360View.RelatedParties(ownersFound, holdings)));
    }
}
