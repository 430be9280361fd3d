package org.smecredit.monitoring.customer;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.monitoring.covenant.CovenantService;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Projects customer-service's events into monitoring's own tables (services share contracts, never tables): the
 * borrower profile (industry, size class, relationship manager), financial statements (which are then tested against
 * covenants and for a revenue fall) and guarantee links with the guarantee circles they form. Runs inside the inbox
 * transaction; every change is audited.
 */
@ApplicationScoped
public class CustomerProjectionService {
    private static final Logger LOG = Logger.getLogger(CustomerProjectionService.class);

    /**
     * Merges the circle named by an event with the circles its members already belong to: circles only grow by
     * links, so a late event naming fewer members never splits a circle. $1 members (comma-separated UUIDs),
     * $2 id for a new circle, $3 whether the circle contains a closed loop.
     */
    static final String MERGE_CIRCLE = """
            WITH m AS (SELECT DISTINCT CAST(x AS uuid) AS customer_id FROM unnest(string_to_array(?1, ',')) AS x),
            existing AS (SELECT DISTINCT g.circle_id FROM guarantee_circle_member g JOIN m ON m.customer_id = g.customer_id),
            target AS (SELECT COALESCE((SELECT CAST(min(CAST(circle_id AS text)) AS uuid) FROM existing), ?2) AS circle_id),
            merged AS (
                UPDATE guarantee_circle_member g SET circle_id = (SELECT circle_id FROM target),
                       has_cycle = g.has_cycle OR ?3, updated_at = now()
                WHERE g.circle_id IN (SELECT circle_id FROM existing)
                RETURNING g.customer_id
            )
            INSERT INTO guarantee_circle_member (customer_id, circle_id, has_cycle, updated_at)
            SELECT m.customer_id, (SELECT circle_id FROM target), ?3, now() FROM m
            WHERE NOT EXISTS (SELECT 1 FROM guarantee_circle_member g WHERE g.customer_id = m.customer_id)""";

    private final AuditTrail audit;
    private final CovenantService covenants;

    public CustomerProjectionService(AuditTrail audit, CovenantService covenants) {
        this.audit = audit;
        this.covenants = covenants;
    }

    /** A new customer: its profile, unless a profile update already arrived (that one is newer). */
    public Uni<Void> registered(CustomerRegistered r, Actor actor) {
        return CustomerProfile.<CustomerProfile>findById(r.customerId()).chain(held -> {
            if (held != null) {
                LOG.debugf("customer %s already projected; registration ignored", r.customerId());
                return Uni.createFrom().voidItem();
            }
            CustomerProfile p = new CustomerProfile();
            p.customerId = r.customerId();
            p.legalName = r.legalName();
            p.industryCode = r.industryCode();
            p.regionCode = r.regionCode();
            p.relationshipManager = r.relationshipManager();
            p.updatedAt = Instant.now();
            return p.persist().chain(() -> audit.record(actor, "customer-profile.projected", "customer_profile",
                    p.customerId, null, state(p)));
        });
    }

    /** The whole current profile replaces the one held. */
    public Uni<Void> profileUpdated(ProfileUpdated u, Actor actor) {
        return CustomerProfile.<CustomerProfile>findById(u.customerId()).chain(held -> {
            Map<String, Object> before = held == null ? null : state(held);
            CustomerProfile p = held != null ? held : new CustomerProfile();
            p.customerId = u.customerId();
            p.legalName = u.legalName();
            p.industryCode = u.industryCode();
            p.regionCode = u.regionCode();
            p.sizeClass = u.sizeClass();
            p.relationshipManager = u.relationshipManager();
            p.updatedAt = Instant.now();
            Uni<?> saved = held != null ? Uni.createFrom().item(p) : p.persist();
            return saved.chain(() -> audit.record(actor, "customer-profile.projected", "customer_profile",
                    p.customerId, before, state(p)));
        });
    }

    /**
     * Stores the statement (once per statement id) and, when it is the latest version held of its period, tests it
     * against the borrower's covenants and the same period a year earlier.
     */
    public Uni<Void> statementFiled(StatementFiled s, Actor actor) {
        return FinancialStatement.<FinancialStatement>findById(s.statementId()).chain(held -> {
            if (held != null) {
                LOG.infof("statement %s already recorded", s.statementId());
                return Uni.createFrom().voidItem();
            }
            return FinancialStatement.latestOf(s.customerId(), s.periodEnd()).chain(latest -> {
                FinancialStatement f = FinancialStatement.of(s);
                boolean superseded = latest != null && latest.version > f.version;
                return f.persist()
                        .chain(() -> audit.record(actor, "financial-statement.recorded", "financial_statement",
                                f.statementId, null, Map.of("customerId", f.customerId, "periodEnd", f.periodEnd,
                                        "version", f.version, "superseded", superseded)))
                        .chain(() -> {
                            if (superseded) {
                                LOG.infof("statement %s v%d of %s is older than the held v%d; not judged",
                                        f.statementId, f.version, f.periodEnd, latest.version);
                                return Uni.createFrom().voidItem();
                            }
                            return covenants.statementFiled(f, actor).replaceWithVoid();
                        });
            });
        });
    }

    /** Records the link and merges the guarantee circle both parties now belong to. */
    public Uni<Void> guaranteeLinked(GuaranteeLinked g, Actor actor) {
        Set<UUID> members = new LinkedHashSet<>();
        if (g.circleMemberIds() != null) {
            members.addAll(g.circleMemberIds());
        }
        members.add(g.guarantorCustomerId());
        members.add(g.customerId());
        return GuaranteeLink.<GuaranteeLink>findById(g.linkId()).chain(held -> {
            Map<String, Object> before = held == null ? null : linkState(held);
            GuaranteeLink l = held != null ? held : new GuaranteeLink();
            l.linkId = g.linkId();
            l.guarantorCustomerId = g.guarantorCustomerId();
            l.customerId = g.customerId();
            l.amount = g.amount();
            l.validFrom = g.validFrom();
            l.validTo = g.validTo();
            l.receivedAt = Instant.now();
            Uni<?> saved = held != null ? Uni.createFrom().item(l) : l.persist();
            return saved
                    .chain(() -> Panache.getSession())
                    .chain(session -> session.createNativeQuery(MERGE_CIRCLE)
                            .setParameter(1, members.stream().map(UUID::toString).collect(Collectors.joining(",")))
                            .setParameter(2, UUID.randomUUID())
                            .setParameter(3, g.circleHasCycle())
                            .executeUpdate())
                    .chain(() -> {
                        Map<String, Object> after = new java.util.LinkedHashMap<>(linkState(l));
                        after.put("circleMemberIds", members);
                        after.put("circleHasCycle", g.circleHasCycle());
                        return audit.record(actor, "guarantee-link.projected", "guarantee_link", l.linkId, before, after);
                    });
        });
    }

    private static Map<String, Object> state(CustomerProfile p) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("legalName", p.legalName);
        m.put("industryCode", p.industryCode);
        m.put("regionCode", p.regionCode);
        m.put("sizeClass", p.sizeClass);
        m.put("relationshipManager", p.relationshipManager);
        return m;
    }

    private static Map<String, Object> linkState(GuaranteeLink l) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("guarantorCustomerId", l.guarantorCustomerId);
        m.put("customerId", l.customerId);
        m.put("amount", l.amount);
        m.put("validFrom", l.validFrom);
        m.put("validTo", l.validTo);
        return m;
    }
}
