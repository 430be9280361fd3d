package org.smecredit.customer.guarantee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.customer.customer.Customer;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Records who guarantees whom and answers guarantee circles. */
@ApplicationScoped
public class GuaranteeService {
    /**
     * Links in force (not expired) of the weakly connected component around :root, found in one recursive query;
     * UNION (not UNION ALL) drops firms already reached, so loops terminate. The validity filter stays inline (a
     * shared CTE would be materialised without indexes: 30 s instead of 0.2 s on 10,000 firms, see bench/).
     */
    static final String COMPONENT_LINKS = """
            WITH RECURSIVE component(id) AS (
                SELECT CAST(:root AS uuid)
                UNION
                SELECT CASE WHEN l.guarantor_id = c.id THEN l.borrower_id ELSE l.guarantor_id END
                FROM guarantee_link l JOIN component c ON l.guarantor_id = c.id OR l.borrower_id = c.id
                WHERE l.valid_to IS NULL OR l.valid_to >= :today
            )
            SELECT l.* FROM guarantee_link l
            WHERE l.guarantor_id IN (SELECT id FROM component) AND (l.valid_to IS NULL OR l.valid_to >= :today)
            """;

    private final Outbox outbox;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public GuaranteeService(Outbox outbox, AuditTrail audit, BusinessClock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<GuaranteeLinkView> link(LinkGuaranteeRequest r, Actor actor) {
        if (r.guarantorId().equals(r.borrowerId())) {
            return Uni.createFrom().failure(ProblemException.unprocessable("self-guarantee", "guarantorId",
                    "a firm cannot guarantee its own debt"));
        }
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-period", "validTo",
                    "validTo " + r.validTo() + " is before validFrom " + r.validFrom()));
        }
        return Customer.<Customer>findById(r.guarantorId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("unknown-customer", "guarantorId",
                        "no customer " + r.guarantorId()))
                .chain(g -> Customer.<Customer>findById(r.borrowerId()))
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("unknown-customer", "borrowerId",
                        "no customer " + r.borrowerId()))
                .chain(b -> {
                    GuaranteeLink l = new GuaranteeLink();
                    l.id = UUID.randomUUID();
                    l.guarantorId = r.guarantorId();
                    l.borrowerId = r.borrowerId();
                    l.amount = r.amount().setScale(2);
                    l.validFrom = r.validFrom();
                    l.validTo = r.validTo();
                    l.createdAt = clock.now();
                    l.createdBy = actor.name();
                    GuaranteeLinkView view = GuaranteeLinkView.of(l);
                    return l.persist()
                            .chain(Panache::flush)
                            .chain(() -> componentLinks(l.borrowerId))
                            .chain(links -> {
                                var circle = GuaranteeGraph.circleOf(l.borrowerId, edges(links));
                                return audit.record(actor, "guarantee.linked", "guarantee_link", l.id, null, view)
                                        .chain(() -> outbox.append(EventTypes.CUSTOMER_GUARANTEE_LINKED, l.borrowerId,
                                                new GuaranteeLinked(l.id, l.guarantorId, l.borrowerId, l.amount,
                                                        l.validFrom, l.validTo, List.copyOf(circle.members()),
                                                        circle.hasCycle())));
                            })
                            .replaceWith(view);
                });
    }

    @WithSession
    public Uni<GuaranteeCircleView> circle(UUID customerId) {
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(c -> componentLinks(customerId))
                .chain(links -> {
                    var circle = GuaranteeGraph.circleOf(customerId, edges(links));
                    Set<UUID> inCycle = new HashSet<>();
                    circle.cycles().forEach(inCycle::addAll);
                    return Customer.<Customer>list("id in ?1", List.copyOf(circle.members())).map(customers -> {
                        Map<UUID, Customer> byId = customers.stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
                        List<GuaranteeCircleView.Member> members = circle.members().stream()
                                .map(id -> new GuaranteeCircleView.Member(id, byId.get(id).uscc, byId.get(id).legalName,
                                        inCycle.contains(id)))
                                .toList();
                        BigDecimal total = links.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                        return new GuaranteeCircleView(customerId, members.size(), members,
                                links.stream().map(GuaranteeLinkView::of).toList(), circle.hasCycle(),
                                circle.cycles().stream().map(List::copyOf).toList(), total);
                    });
                });
    }

    private Uni<List<GuaranteeLink>> componentLinks(UUID root) {
        LocalDate today = clock.today();
        return Panache.getSession().chain(s -> s.createNativeQuery(COMPONENT_LINKS, GuaranteeLink.class)
                .setParameter("root", root)
                .setParameter("today", today)
                .getResultList());
    }

    private static List<GuaranteeGraph.Edge> edges(List<GuaranteeLink> links) {
        return links.stream().map(l -> new GuaranteeGraph.Edge(l.guarantorId, l.borrowerId)).toList();
    }
}
