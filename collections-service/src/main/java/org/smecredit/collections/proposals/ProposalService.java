package org.smecredit.collections.proposals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.cases.CaseEvents;
import org.smecredit.collections.cases.CaseOutcome;
import org.smecredit.collections.cases.CaseStatus;
import org.smecredit.collections.cases.CaseView;
import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.collections.cases.CollectionCaseService;
import org.smecredit.collections.strategy.DisposalOption;
import org.smecredit.collections.strategy.StrategyChoice;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.collections.v1.LoanRestructured;
import org.smecredit.contracts.collections.v1.LoanWrittenOff;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Restructuring and write-off proposals, approved four-eyes. An approved restructuring publishes
 * {@code collections.loan-restructured.v1} (the case stays open: the new schedule's payments arrive as recoveries
 * and a cure closes it REPAID_IN_FULL); an approved write-off closes the case WRITTEN_OFF and publishes
 * {@code collections.case-closed.v1} and {@code collections.loan-written-off.v1} (later recoveries still count).
 */
@ApplicationScoped
public class ProposalService {
    public static final String ENTITY = "case-proposal";

    private final Outbox outbox;
    private final CaseEvents caseEvents;
    private final AuditTrail audit;
    private final BusinessClock clock;

    public ProposalService(Outbox outbox, CaseEvents caseEvents, AuditTrail audit, BusinessClock clock) {
        this.outbox = outbox;
        this.caseEvents = caseEvents;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes new terms; the case's strategy in effect must be RESTRUCTURING. */
    @WithTransaction
    public Uni<ProposalView> proposeRestructuring(UUID caseId, ProposeRestructuringRequest r, Actor actor) {
        return openCase(caseId, "propose a restructuring")
                .chain(c -> StrategyChoice.inEffect(caseId))
                .chain(current -> {
                    if (current == null || current.strategy != DisposalOption.RESTRUCTURING) {
                        throw ProblemException.conflict("strategy-not-restructuring", "case " + caseId
                                + " follows " + (current == null ? "no strategy" : current.strategy)
                                + ": choose RESTRUCTURING (POST /api/cases/" + caseId + "/strategy) first");
                    }
                    return propose(CaseProposal.restructuring(UUID.randomUUID(), caseId, r.annualRate(),
                            r.termMonths(), r.reason(), actor.name(), Instant.now()), actor);
                });
    }

    @WithTransaction
    public Uni<ProposalView> proposeWriteOff(UUID caseId, ProposeWriteOffRequest r, Actor actor) {
        return openCase(caseId, "propose a write-off").chain(c -> propose(
                CaseProposal.writeOff(UUID.randomUUID(), caseId, r.reason(), actor.name(), Instant.now()), actor));
    }

    /** The second person's decision on the case's pending proposal of that kind. */
    @WithTransaction
    public Uni<ProposalView> decide(UUID caseId, ProposalKind kind, DecideProposalRequest r, Actor actor) {
        return CollectionCaseService.lockCase(caseId).chain(c -> CaseProposal.<CaseProposal>find(
                        "caseId = ?1 and kind = ?2 and status = ?3", caseId, kind, CaseProposal.Status.PENDING_APPROVAL)
                .firstResult().chain(p -> {
                    if (p == null) {
                        throw ProblemException.conflict("no-pending-proposal",
                                "case " + caseId + " has no " + kind + " proposal awaiting approval");
                    }
                    if (c.status != CaseStatus.OPEN) {
                        throw ProblemException.illegalTransition(CollectionCase.AGGREGATE, c.state(),
                                "decide on a " + kind + " proposal");
                    }
                    ProposalView before = ProposalView.of(p);
                    p.decide(r.approve(), r.comment(), c.remainingExposure(), actor.name(), clock.today(), Instant.now());
                    ProposalView after = ProposalView.of(p);
                    Uni<Void> done = audit.record(actor, r.approve() ? "proposal.approved" : "proposal.rejected",
                            ENTITY, p.id, before, after);
                    if (p.status == CaseProposal.Status.APPROVED) {
                        done = done.chain(() -> kind == ProposalKind.WRITE_OFF ? writeOff(c, p, actor) : restructured(c, p));
                    }
                    return done.replaceWith(after);
                }));
    }

    @WithSession
    public Uni<List<ProposalView>> list(UUID caseId) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .chain(c -> CaseProposal.<CaseProposal>list("caseId", Sort.ascending("proposedAt").and("id"), caseId))
                .map(list -> list.stream().map(ProposalView::of).toList());
    }

    private Uni<ProposalView> propose(CaseProposal p, Actor actor) {
        return CaseProposal.<CaseProposal>find("caseId = ?1 and kind = ?2 and status = ?3", p.caseId, p.kind,
                        CaseProposal.Status.PENDING_APPROVAL).firstResult()
                .chain(pending -> {
                    if (pending != null) {
                        throw ProblemException.conflict("proposal-pending", "a " + p.kind + " proposal ("
                                + pending.id + ") already awaits approval on case " + p.caseId);
                    }
                    ProposalView view = ProposalView.of(p);
                    return p.persist()
                            .chain(() -> audit.record(actor, "proposal.proposed", ENTITY, p.id, null, view))
                            .replaceWith(view);
                });
    }

    private Uni<Void> writeOff(CollectionCase c, CaseProposal p, Actor approver) {
        CaseView before = CaseView.of(c);
        c.close(CaseOutcome.WRITTEN_OFF, p.reason, clock.today(), approver.name(), Instant.now());
        return audit.record(approver, "case.closed", CollectionCaseService.ENTITY, c.id, before, CaseView.of(c))
                .chain(() -> caseEvents.closed(c))
                .chain(() -> outbox.append(EventTypes.COLLECTIONS_LOAN_WRITTEN_OFF, c.loanId, new LoanWrittenOff(
                        c.id, c.loanId, c.customerId, p.principal, c.exposureAtDefault, c.totalRecovered, c.currency,
                        p.decidedOn, p.reason, p.proposedBy, p.decidedBy)))
                .replaceWithVoid();
    }

    private Uni<Void> restructured(CollectionCase c, CaseProposal p) {
        return outbox.append(EventTypes.COLLECTIONS_LOAN_RESTRUCTURED, c.loanId, new LoanRestructured(c.id,
                        c.loanId, c.customerId, p.principal, c.currency, p.annualRate, p.termMonths, p.monthlyPayment,
                        p.firstDueDate, p.decidedOn, p.proposedBy, p.decidedBy))
                .replaceWithVoid();
    }

    private static Uni<CollectionCase> openCase(UUID caseId, String action) {
        return CollectionCaseService.lockCase(caseId).map(c -> {
            if (c.status != CaseStatus.OPEN) {
                throw ProblemException.illegalTransition(CollectionCase.AGGREGATE, c.state(), action);
            }
            return c;
        });
    }
}
