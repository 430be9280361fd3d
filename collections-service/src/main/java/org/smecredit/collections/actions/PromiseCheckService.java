package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The promise check: judges every open promise to pay on the business date ({@link PromiseVerdict}). A broken
 * promise is the signal collectors act on (escalate to legal steps, revisit the strategy): it is recorded on the
 * promise (status BROKEN, what was recovered of what was promised) and audited as {@code promise.broken}; a kept
 * one as {@code promise.kept}. Open promises are locked while judged, so two replicas running the check at once
 * judge each promise once.
 */
@ApplicationScoped
public class PromiseCheckService {
    private static final Logger LOG = Logger.getLogger(PromiseCheckService.class);

    private final AuditTrail audit;
    private final BusinessClock clock;

    public PromiseCheckService(AuditTrail audit, BusinessClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** What one run judged; promises not yet due and not yet kept stay OPEN and are not listed. */
    public record PromiseCheckResult(LocalDate asOf, List<UUID> kept, List<UUID> broken) {
    }

    @WithTransaction
    public Uni<PromiseCheckResult> run(Actor actor) {
        LocalDate today = clock.today();
        List<UUID> kept = new ArrayList<>();
        List<UUID> broken = new ArrayList<>();
        return CaseAction.<CaseAction>find("kind = ?1 and status = ?2", Sort.ascending("dueDate").and("id"),
                        ActionKind.PROMISE_TO_PAY, ActionStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem().transformToUniAndConcatenate(p -> recoveredInWindow(p).chain(recovered -> {
                    var verdict = PromiseVerdict.of(p.amount, recovered, p.dueDate, today);
                    if (verdict.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    ActionView before = ActionView.of(p);
                    p.judgePromise(verdict.get(), recovered, today, actor.name(), Instant.now());
                    (verdict.get() == ActionStatus.KEPT ? kept : broken).add(p.id);
                    if (verdict.get() == ActionStatus.BROKEN) {
                        LOG.infof("promise %s on case %s broken: due %s, recovered %s of %s", p.id, p.caseId,
                                p.dueDate, recovered, p.amount);
                    }
                    return audit.record(actor, verdict.get() == ActionStatus.KEPT ? "promise.kept" : "promise.broken",
                            CaseActionService.ENTITY, p.id, before, ActionView.of(p));
                }))
                .collect().asList()
                .map(done -> new PromiseCheckResult(today, List.copyOf(kept), List.copyOf(broken)));
    }

    /** Money recovered on the promise's case with a value date from the promise to its due date, both included. */
    private static Uni<BigDecimal> recoveredInWindow(CaseAction promise) {
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select coalesce(sum(r.amount), 0) from Recovery r "
                                + "where r.caseId = :caseId and r.valueDate between :from and :to", BigDecimal.class)
                .setParameter("caseId", promise.caseId)
                .setParameter("from", promise.occurredOn)
                .setParameter("to", promise.dueDate)
                .getSingleResult());
    }
}
