package org.smecredit.collections.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;
import org.smecredit.collections.cases.CaseEvents;
import org.smecredit.collections.cases.CaseView;
import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.collections.cases.CollectionCase.RecoveryEffect;
import org.smecredit.collections.cases.CollectionCaseService;
import org.smecredit.collections.cases.LgdMeasurement;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.collections.v1.RecoveryRecorded;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.inbox.PoisonMessageException;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Books recoveries on collection cases, from core banking and from collectors. The case row is locked while a
 * recovery is booked, so recovered-to-date totals stay exact under concurrent bookings. Every recovery publishes
 * {@code collections.recovery-recorded.v1}; one that repays the exposure in full also closes the case and
 * publishes {@code collections.case-closed.v1}.
 */
@ApplicationScoped
public class RecoveryService {
    private static final Logger LOG = Logger.getLogger(RecoveryService.class);

    private final Outbox outbox;
    private final CaseEvents caseEvents;
    private final AuditTrail audit;
    private final BusinessClock clock;

    private final LgdMeasurement lgd;

    public RecoveryService(Outbox outbox, CaseEvents caseEvents, AuditTrail audit, BusinessClock clock,
                           LgdMeasurement lgd) {
        this.lgd = lgd;
        this.outbox = outbox;
        this.caseEvents = caseEvents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A booked recovery; {@code replayed} when an earlier request with the same Idempotency-Key booked it. */
    public record Booked(RecoveryView recovery, boolean replayed) {
    }

    /**
     * Books money a collector recovered. With an {@code Idempotency-Key}, a repeated request returns the recovery
     * the first one booked and has no second effect; the same key with a different body is refused (422).
     */
    @WithTransaction
    public Uni<Booked> recordManual(UUID caseId, RecordRecoveryRequest r, String idempotencyKey, Actor actor) {
        String reference = r.reference().strip();
        return CollectionCaseService.lockCase(caseId).chain(c -> previous(c, idempotencyKey).chain(earlier -> {
            if (earlier != null) {
                if (earlier.amount.compareTo(r.amount()) != 0 || !earlier.valueDate.equals(r.valueDate())
                        || !Objects.equals(earlier.reference, reference)) {
                    throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key",
                            "this Idempotency-Key was used for a different recovery (" + earlier.id + ")");
                }
                return Uni.createFrom().item(new Booked(RecoveryView.of(earlier), true));
            }
            checkValueDate(c, r.valueDate());
            return book(c, r.amount(), RecoverySource.MANUAL, r.valueDate(), reference, null, idempotencyKey, actor)
                    .map(rec -> new Booked(RecoveryView.of(rec), false));
        }));
    }

    /**
     * Books money a case action realized (an auction's price, a guarantor's payment) on a case the caller has
     * locked ({@link CollectionCaseService#lockCase}), in the caller's transaction. Same value-date rules as a
     * manual recovery.
     */
    public Uni<Recovery> bookFromAction(CollectionCase lockedCase, BigDecimal amount, RecoverySource source,
                                        LocalDate valueDate, String reference, Actor actor) {
        checkValueDate(lockedCase, valueDate);
        return book(lockedCase, amount, source, valueDate, reference, null, null, actor);
    }

    private void checkValueDate(CollectionCase c, LocalDate valueDate) {
        LocalDate today = clock.today();
        if (valueDate.isAfter(today)) {
            throw ProblemException.unprocessable("value-date-in-future", "valueDate",
                    "the value date " + valueDate + " lies after the business date " + today);
        }
        if (valueDate.isBefore(c.openedOn)) {
            throw ProblemException.unprocessable("value-date-before-default", "valueDate",
                    "the value date " + valueDate + " lies before the default date " + c.openedOn);
        }
    }

    /**
     * Books a repayment core banking received on a loan in collections. Runs inside the inbox transaction of the
     * consumer. A booking id already seen is a no-op. Not recoveries, and ignored: repayments on loans without a
     * case that takes money (no case, or its latest case settled or repaid) and repayments value-dated before the
     * default (they are part of the exposure monitoring reported; they may arrive late because the topics are
     * consumed independently).
     */
    public Uni<Void> onRepaymentReceived(RepaymentReceived p, Actor actor) {
        return Recovery.findByRepaymentId(p.repaymentId()).chain(seen -> {
            if (seen != null) {
                LOG.infof("repayment %s already booked as recovery %s", p.repaymentId(), seen.id);
                return Uni.createFrom().voidItem();
            }
            return CollectionCase.<CollectionCase>find("loanId", Sort.by("openedOn").and("openedAt"), p.loanId())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                    .chain(cases -> {
                        var target = CollectionCase.receivingRepayments(cases);
                        if (target.isEmpty()) {
                            if (!cases.isEmpty()) {
                                LOG.infof("repayment %s on loan %s ignored: its case %s is %s", p.repaymentId(),
                                        p.loanId(), cases.get(cases.size() - 1).id, cases.get(cases.size() - 1).state());
                            }
                            return Uni.createFrom().voidItem();
                        }
                        CollectionCase c = target.get();
                        if (!c.currency.equals(p.currency())) {
                            throw new PoisonMessageException("repayment " + p.repaymentId() + " in " + p.currency()
                                    + " on case " + c.id + " kept in " + c.currency);
                        }
                        if (p.valueDate().isBefore(c.openedOn)) {
                            // paid before the default: part of the exposure monitoring reported, not a recovery
                            LOG.infof("repayment %s on loan %s ignored: value date %s precedes the default of %s",
                                    p.repaymentId(), p.loanId(), p.valueDate(), c.openedOn);
                            return Uni.createFrom().voidItem();
                        }
                        if (p.amount().stripTrailingZeros().scale() > 2) {
                            throw new PoisonMessageException("repayment " + p.repaymentId()
                                    + " amount has more than 2 decimals: " + p.amount());
                        }
                        return book(c, p.amount(), RecoverySource.COREBANKING, p.valueDate(), p.reference(),
                                p.repaymentId(), null, actor).replaceWithVoid();
                    });
        });
    }

    @WithSession
    public Uni<List<RecoveryView>> list(UUID caseId) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .chain(c -> Recovery.ofCase(caseId))
                .map(list -> list.stream().map(RecoveryView::of).toList());
    }

    @WithSession
    public Uni<RecoveryView> get(UUID caseId, UUID recoveryId) {
        return Recovery.<Recovery>findById(recoveryId)
                .map(r -> r != null && r.caseId.equals(caseId) ? r : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("recovery", recoveryId))
                .map(RecoveryView::of);
    }

    private static Uni<Recovery> previous(CollectionCase c, String idempotencyKey) {
        return idempotencyKey == null ? Uni.createFrom().nullItem() : Recovery.findByIdempotencyKey(c.id, idempotencyKey);
    }

    /** Books on a locked case: the aggregate decides, then recovery row, audit and events commit together. */
    private Uni<Recovery> book(CollectionCase c, BigDecimal amount, RecoverySource source, LocalDate valueDate,
                               String reference, UUID repaymentId, String idempotencyKey, Actor actor) {
        BigDecimal booked = amount.setScale(2, RoundingMode.UNNECESSARY);
        CaseView before = CaseView.of(c);
        boolean afterClosure = before.closedOn() != null;
        Instant now = Instant.now();
        RecoveryEffect effect = c.recordRecovery(booked, clock.today(), actor.name(), now);

        Recovery rec = new Recovery();
        rec.id = UUID.randomUUID();
        rec.caseId = c.id;
        rec.amount = booked;
        rec.currency = c.currency;
        rec.source = source;
        rec.valueDate = valueDate;
        rec.reference = reference;
        rec.repaymentId = repaymentId;
        rec.idempotencyKey = idempotencyKey;
        rec.recoveredToDate = c.totalRecovered;
        rec.afterClosure = afterClosure;
        rec.recordedAt = now;
        rec.recordedBy = actor.name();
        CaseView after = CaseView.of(c);
        String caseAction = effect == RecoveryEffect.CLOSED_REPAID_IN_FULL ? "case.closed" : "case.recovery-counted";

        return rec.persist()
                .chain(() -> audit.record(actor, "recovery.recorded", "recovery", rec.id, null, RecoveryView.of(rec)))
                .chain(() -> audit.record(actor, caseAction, CollectionCaseService.ENTITY, c.id, before, after))
                .chain(() -> lgd.measure(c))
                .chain(m -> outbox.append(EventTypes.COLLECTIONS_RECOVERY_RECORDED, c.loanId, new RecoveryRecorded(
                        rec.id, c.id, c.loanId, rec.amount, rec.currency, rec.source.name(), rec.valueDate,
                        rec.recoveredToDate, c.realizedLgd(), m.discountedLgd())))
                .chain(() -> effect == RecoveryEffect.CLOSED_REPAID_IN_FULL
                        ? caseEvents.closed(c)
                        : Uni.createFrom().voidItem())
                .replaceWith(rec);
    }
}
