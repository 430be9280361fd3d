package org.smecredit.collections.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.collections.borrowers.Borrower;
import org.smecredit.collections.loans.Loan;
import org.smecredit.collections.loans.LoanClassification;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.IncomingEvent;
import org.smecredit.platform.inbox.PoisonMessageException;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Opens collection cases when loans default, closes them on a collector's decision, and answers queries. Every
 * change is audited and published through the outbox in the transaction that makes it.
 */
@Startup
@ApplicationScoped
public class CollectionCaseService {
    private static final Logger LOG = Logger.getLogger(CollectionCaseService.class);
    public static final String ENTITY = "collection-case";

    private final CaseEvents events;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final CollectionsConfig config;

    private final List<AssignmentRule> rules;

    public CollectionCaseService(CaseEvents events, AuditTrail audit, BusinessClock clock, CollectionsConfig config) {
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        // read at startup: a rule that cannot be read stops the service instead of misrouting cases
        this.rules = config.assignmentRules().orElse(List.of()).stream().map(AssignmentRule::parse).toList();
    }

    /** A case opened on demand; {@code replayed} when an earlier request with the same Idempotency-Key opened it. */
    public record Opened(CaseView view, boolean replayed) {
    }

    /**
     * Opens a case for a loan that monitoring classified substandard or worse (its latest
     * {@code monitoring.loan-classified.v1}), unless the loan's cases rule a new one out (409 case-exists). Publishes
     * {@code collections.case-opened.v1} like a default does; a later default report of the loan opens nothing.
     */
    @WithTransaction
    public Uni<Opened> openOnDemand(OpenCaseRequest r, String idempotencyKey, Actor actor) {
        Uni<CollectionCase> earlier = idempotencyKey == null ? Uni.createFrom().nullItem()
                : CollectionCase.<CollectionCase>find("openedBy = ?1 and idempotencyKey = ?2", actor.name(),
                        idempotencyKey).firstResult();
        return earlier.chain(previous -> {
            if (previous != null) {
                if (!previous.loanId.equals(r.loanId())) {
                    throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key",
                            "this Idempotency-Key opened case " + previous.id + " for another loan");
                }
                return Uni.createFrom().item(new Opened(CaseView.of(previous), true));
            }
            return LoanClassification.<LoanClassification>findById(r.loanId()).chain(cls -> {
                if (cls == null) {
                    throw ProblemException.unprocessable("classification-unknown", "loanId", "monitoring has not "
                            + "classified loan " + r.loanId() + ": a case opens on demand only for a loan classified "
                            + "substandard or worse");
                }
                LocalDate today = clock.today();
                return CollectionCase.<CollectionCase>list("loanId", r.loanId()).chain(casesOfLoan -> {
                    var noNewCase = CollectionCase.whyNoNewCase(casesOfLoan, today);
                    if (noNewCase.isPresent()) {
                        throw ProblemException.conflict("case-exists", "loan " + r.loanId() + ": " + noNewCase.get());
                    }
                    return Loan.<Loan>findById(r.loanId()).chain(loan -> officerFor(cls.customerId).chain(officer -> {
                        // every product is in CNY today (contracts); the loan read model names it when known
                        String currency = loan == null ? "CNY" : loan.currency;
                        CollectionCase c = CollectionCase.openOnDemand(UUID.randomUUID(), r.loanId(), cls.customerId,
                                cls.category, cls.daysPastDue, cls.outstandingPrincipal, currency, officer,
                                loan == null ? null : loan.principal, today, actor.name(), r.reason().strip(),
                                idempotencyKey, Instant.now());
                        CaseView view = CaseView.of(c);
                        return c.persist()
                                .chain(() -> audit.record(actor, "case.opened", ENTITY, c.id, null, view))
                                .chain(() -> events.opened(c))
                                .replaceWith(new Opened(view, false));
                    }));
                });
            });
        });
    }

    /** The collector for a new case of this customer: by rule (region, size class), then by workload. */
    private Uni<String> officerFor(UUID customerId) {
        return Borrower.<Borrower>findById(customerId).chain(b -> openCasesPerOfficer().map(counts ->
                OfficerAssignment.pick(rules, config.officers().orElse(List.of()),
                        b == null ? null : b.regionCode, b == null ? null : b.sizeClass, counts).orElse(null)));
    }

    /**
     * Opens the case of a defaulted loan, unless the loan already has an open case (a repeated default report is
     * a no-op) or its latest case rules a new one out ({@link CollectionCase#whyNoNewCase}). Runs inside the inbox
     * transaction of the consumer.
     */
    public Uni<Void> onLoanDefaulted(IncomingEvent event, LoanDefaulted d, Actor actor) {
        if (ExposureAtDefault.of(d.outstandingPrincipal(), d.overdueInterest()).signum() == 0) {
            throw new PoisonMessageException("loan " + d.loanId() + " defaulted without exposure: nothing to collect");
        }
        return CollectionCase.<CollectionCase>list("loanId", d.loanId()).chain(casesOfLoan -> {
            var noNewCase = CollectionCase.whyNoNewCase(casesOfLoan, d.defaultDate());
            if (noNewCase.isPresent()) {
                LOG.infof("default report %s of loan %s opens no case: %s", event.id(), d.loanId(), noNewCase.get());
                return Uni.createFrom().voidItem();
            }
            return officerFor(d.customerId())
                    .chain(officer -> Loan.<Loan>findById(d.loanId()).chain(loan -> {
                        if (loan != null && !loan.customerId.equals(d.customerId())) {
                            LOG.warnf("loan %s: default names customer %s, origination named %s",
                                    d.loanId(), d.customerId(), loan.customerId);
                        }
                        CollectionCase c = CollectionCase.open(UUID.randomUUID(), d, event.id(), officer,
                                loan == null ? null : loan.principal, Instant.now());
                        return c.persist()
                                .chain(() -> audit.record(actor, "case.opened", ENTITY, c.id, null, CaseView.of(c)))
                                .chain(() -> events.opened(c));
                    }));
        });
    }

    /**
     * Closes an open case as SETTLED. A write-off is a credit decision taken four-eyes: it goes through
     * {@code POST /api/cases/{id}/write-off} and its approval (422 write-off-needs-approval here).
     */
    @WithTransaction
    public Uni<CaseView> close(UUID caseId, CloseCaseRequest r, Actor actor) {
        if (r.caseOutcome() == CaseOutcome.WRITTEN_OFF) {
            return Uni.createFrom().failure(ProblemException.unprocessable("write-off-needs-approval", "outcome",
                    "a write-off needs a second approver: propose it with POST /api/cases/" + caseId
                            + "/write-off and have it approved at /write-off/approval"));
        }
        return lockCase(caseId).chain(c -> {
            CaseView before = CaseView.of(c);
            c.close(r.caseOutcome(), r.reason().strip(), clock.today(), actor.name(), Instant.now());
            CaseView after = CaseView.of(c);
            return audit.record(actor, "case.closed", ENTITY, c.id, before, after)
                    .chain(() -> events.closed(c))
                    .replaceWith(after);
        });
    }

    /** The case's economic realized LGD as measured now, with its cash flows and formula. */
    @WithSession
    public Uni<LgdMeasurement.Measured> lgd(UUID caseId, LgdMeasurement measurement) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .chain(measurement::measure);
    }

    @WithSession
    public Uni<CaseView> get(UUID caseId) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .map(CaseView::of);
    }

    /** Cases by loan, status and collector (each filter optional), newest first. */
    @WithSession
    public Uni<List<CaseView>> list(UUID loanId, CaseStatus status, String assignedTo, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (loanId != null) {
            where.append(" and loanId = :loanId");
            p.and("loanId", loanId);
        }
        if (status != null) {
            where.append(" and status = :status");
            p.and("status", status);
        }
        if (assignedTo != null) {
            where.append(" and assignedTo = :assignedTo");
            p.and("assignedTo", assignedTo);
        }
        return CollectionCase.<CollectionCase>find(where.toString(), Sort.descending("openedAt").and("id"), p)
                .page(Page.of(page, size)).list()
                .map(list -> list.stream().map(CaseView::of).toList());
    }

    /** The case, locked for update until the transaction ends (recoveries and closure serialize on it). */
    public static Uni<CollectionCase> lockCase(UUID caseId) {
        return CollectionCase.<CollectionCase>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId));
    }

    private static Uni<Map<String, Long>> openCasesPerOfficer() {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select c.assignedTo, count(c) from CollectionCase c "
                                + "where c.status = :open and c.assignedTo is not null group by c.assignedTo",
                        Object[].class)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList())
                .map(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    for (Object[] row : rows) {
                        counts.put((String) row[0], ((Number) row[1]).longValue());
                    }
                    return counts;
                });
    }
}
