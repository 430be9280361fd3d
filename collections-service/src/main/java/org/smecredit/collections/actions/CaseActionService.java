package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.cases.CaseStatus;
import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.collections.cases.CollectionCaseService;
import org.smecredit.collections.recovery.RecoveryService;
import org.smecredit.collections.recovery.RecoverySource;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Records collectors' actions on a case and their outcomes. Actions are taken on an open case, and on a written-off
 * one (the bank keeps its claim: an auction or a guarantor demand may still bring money); a settled or repaid case
 * takes none (409). The case row is locked first, as for recoveries, so an auction's price and a core banking
 * repayment booked at the same moment both count. Every change is audited in its transaction.
 */
@ApplicationScoped
public class CaseActionService {
    public static final String ENTITY = "case-action";

    private final RecoveryService recoveries;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final ObjectMapper json;

    public CaseActionService(RecoveryService recoveries, AuditTrail audit, BusinessClock clock, ObjectMapper json) {
        this.recoveries = recoveries;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** An action as created, and whether an earlier request with the same Idempotency-Key created it. */
    public record Recorded(ActionView action, boolean replayed) {
    }

    @WithTransaction
    public Uni<Recorded> logContact(UUID caseId, LogContactRequest r, String key, Actor actor) {
        return create(caseId, ActionKind.CONTACT, r, key, actor, (c, today, recordOn) -> {
            notInFuture(r.contactedOn(), today, "contactedOn");
            notBeforeDefault(r.contactedOn(), c, "contactedOn");
            CaseAction a = recordOn.apply(r.contactedOn());
            a.channel = r.channel();
            a.counterpart = r.counterpart().strip();
            a.note = r.summary().strip();
            return a;
        });
    }

    @WithTransaction
    public Uni<Recorded> recordPromise(UUID caseId, PromiseToPayRequest r, String key, Actor actor) {
        return create(caseId, ActionKind.PROMISE_TO_PAY, r, key, actor, (c, today, recordOn) -> {
            if (r.dueDate().isBefore(today)) {
                throw ProblemException.unprocessable("due-date-in-past", "dueDate",
                        "a promise made on " + today + " cannot fall due on " + r.dueDate());
            }
            CaseAction a = recordOn.apply(today);
            a.amount = r.amount().setScale(2);
            a.dueDate = r.dueDate();
            a.counterpart = r.promisedBy().strip();
            a.note = strip(r.note());
            return a;
        });
    }

    @WithTransaction
    public Uni<Recorded> recordLegalStep(UUID caseId, LegalStepRequest r, String key, Actor actor) {
        return create(caseId, ActionKind.LEGAL_STEP, r, key, actor, (c, today, recordOn) -> {
            notInFuture(r.takenOn(), today, "takenOn");
            notBeforeDefault(r.takenOn(), c, "takenOn");
            CaseAction a = recordOn.apply(r.takenOn());
            a.legalStep = r.step();
            a.counterpart = r.court().strip();
            a.reference = strip(r.reference());
            a.note = strip(r.note());
            if (r.costs() != null) {
                a.costs = r.costs().setScale(2);
            }
            return a;
        });
    }

    @WithTransaction
    public Uni<Recorded> scheduleAuction(UUID caseId, ScheduleAuctionRequest r, String key, Actor actor) {
        return create(caseId, ActionKind.COLLATERAL_AUCTION, r, key, actor, (c, today, recordOn) -> {
            notBeforeDefault(r.auctionDate(), c, "auctionDate");
            CaseAction a = recordOn.apply(r.auctionDate());
            a.collateralType = r.collateralType();
            a.amount = r.reservePrice().setScale(2);
            a.counterpart = r.auctioneer().strip();
            a.reference = strip(r.reference());
            a.note = r.description().strip();
            return a;
        });
    }

    @WithTransaction
    public Uni<Recorded> demandFromGuarantor(UUID caseId, GuarantorDemandRequest r, String key, Actor actor) {
        return create(caseId, ActionKind.GUARANTOR_DEMAND, r, key, actor, (c, today, recordOn) -> {
            if (r.dueDate().isBefore(today)) {
                throw ProblemException.unprocessable("due-date-in-past", "dueDate",
                        "a demand issued on " + today + " cannot fall due on " + r.dueDate());
            }
            CaseAction a = recordOn.apply(today);
            a.counterpart = r.guarantor().strip();
            a.amount = r.amount().setScale(2);
            a.dueDate = r.dueDate();
            a.reference = strip(r.reference());
            a.note = strip(r.note());
            return a;
        });
    }

    /**
     * Records the outcome of a pending action. An auction SOLD or a demand PAID books the money as a recovery
     * (source COLLATERAL_AUCTION or GUARANTOR), capped at the exposure still owed: a surplus of an auction belongs
     * to the borrower's other creditors or the borrower, not to this claim (noted on the action). With an
     * Idempotency-Key, a repeat returns the action as the first request left it.
     */
    @WithTransaction
    public Uni<Recorded> recordOutcome(UUID caseId, UUID actionId, ActionOutcomeRequest r, String key, Actor actor) {
        return CollectionCaseService.lockCase(caseId).chain(c -> actionOf(caseId, actionId).chain(a -> {
            if (key != null && key.equals(a.outcomeIdempotencyKey)) {
                if (a.status != r.outcome()) {
                    throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key",
                            "this Idempotency-Key recorded the outcome " + a.status + " on action " + a.id);
                }
                return Uni.createFrom().item(new Recorded(ActionView.of(a), true));
            }
            takesActions(c, "record an action's outcome");
            LocalDate today = clock.today();
            ActionView before = ActionView.of(a);
            a.recordOutcome(r.outcome(), r.realizedAmount(), r.costs(), strip(r.note()), today, actor.name(),
                    Instant.now());
            a.outcomeIdempotencyKey = key;
            if (a.realizedAmount == null) {
                return audited(actor, "action." + r.outcome().name().toLowerCase(), before, a);
            }
            if (r.valueDate() == null) {
                throw ProblemException.unprocessable("value-date-required", "valueDate",
                        r.outcome() + " needs the value date the money arrived");
            }
            if (a.kind == ActionKind.COLLATERAL_AUCTION && r.valueDate().isBefore(a.occurredOn)) {
                throw ProblemException.unprocessable("value-date-before-auction", "valueDate",
                        "the proceeds of the auction of " + a.occurredOn + " cannot arrive on " + r.valueDate());
            }
            if (a.kind == ActionKind.GUARANTOR_DEMAND && a.realizedAmount.compareTo(a.amount) > 0) {
                throw ProblemException.unprocessable("amount-above-demand", "realizedAmount",
                        "the guarantor was asked for " + a.amount + ", not " + a.realizedAmount);
            }
            BigDecimal owed = c.remainingExposure();
            BigDecimal booked = a.realizedAmount.min(owed);
            if (booked.compareTo(a.realizedAmount) < 0) {
                a.outcomeNote = join(a.outcomeNote, "surplus " + a.realizedAmount.subtract(booked)
                        + " over the exposure still owed is not a recovery of this claim");
            }
            if (booked.signum() == 0) {
                return audited(actor, "action." + r.outcome().name().toLowerCase(), before, a);
            }
            RecoverySource source = a.kind == ActionKind.COLLATERAL_AUCTION
                    ? RecoverySource.COLLATERAL_AUCTION : RecoverySource.GUARANTOR;
            String reference = (a.kind == ActionKind.COLLATERAL_AUCTION ? "auction " : "guarantor demand ") + a.id;
            return recoveries.bookFromAction(c, booked, source, r.valueDate(), reference, actor)
                    .chain(rec -> {
                        a.recoveryId = rec.id;
                        return audited(actor, "action." + r.outcome().name().toLowerCase(), before, a);
                    });
        }));
    }

    @WithSession
    public Uni<List<ActionView>> list(UUID caseId, ActionKind kind, ActionStatus status) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .chain(c -> {
                    StringBuilder where = new StringBuilder("caseId = :caseId");
                    Parameters p = Parameters.with("caseId", caseId);
                    if (kind != null) {
                        where.append(" and kind = :kind");
                        p.and("kind", kind);
                    }
                    if (status != null) {
                        where.append(" and status = :status");
                        p.and("status", status);
                    }
                    return CaseAction.<CaseAction>list(where.toString(), Sort.ascending("recordedAt").and("id"), p);
                })
                .map(list -> list.stream().map(ActionView::of).toList());
    }

    @WithSession
    public Uni<ActionView> get(UUID caseId, UUID actionId) {
        return actionOf(caseId, actionId).map(ActionView::of);
    }

    /** Fills in a new action of the kind {@code create} was given; {@code recordOn} makes it, dated. */
    @FunctionalInterface
    private interface ActionBuilder {
        CaseAction build(CollectionCase c, LocalDate today, Function<LocalDate, CaseAction> recordOn);
    }

    private Uni<Recorded> create(UUID caseId, ActionKind kind, Object request, String key, Actor actor,
                                 ActionBuilder build) {
        String fingerprint = RequestFingerprint.of(json, kind.name(), request);
        return CollectionCaseService.lockCase(caseId).chain(c -> earlier(caseId, key).chain(previous -> {
            if (previous != null) {
                if (!Objects.equals(previous.requestFingerprint, fingerprint)) {
                    throw ProblemException.unprocessable("idempotency-key-reused", "Idempotency-Key",
                            "this Idempotency-Key was used for a different request (action " + previous.id + ")");
                }
                return Uni.createFrom().item(new Recorded(ActionView.of(previous), true));
            }
            takesActions(c, "record a " + kind);
            CaseAction a = build.build(c, clock.today(),
                    on -> CaseAction.record(UUID.randomUUID(), c.id, kind, on, c.currency, actor.name(), Instant.now()));
            a.idempotencyKey = key;
            a.requestFingerprint = fingerprint;
            ActionView view = ActionView.of(a);
            return a.persist()
                    .chain(() -> audit.record(actor, "action.recorded", ENTITY, a.id, null, view))
                    .replaceWith(new Recorded(view, false));
        }));
    }

    private Uni<Recorded> audited(Actor actor, String action, ActionView before, CaseAction a) {
        ActionView after = ActionView.of(a);
        return audit.record(actor, action, ENTITY, a.id, before, after).replaceWith(new Recorded(after, false));
    }

    private static Uni<CaseAction> earlier(UUID caseId, String key) {
        return key == null ? Uni.createFrom().nullItem()
                : CaseAction.<CaseAction>find("caseId = ?1 and idempotencyKey = ?2", caseId, key).firstResult();
    }

    private static Uni<CaseAction> actionOf(UUID caseId, UUID actionId) {
        return CaseAction.<CaseAction>findById(actionId)
                .map(a -> a != null && a.caseId.equals(caseId) ? a : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("case action", actionId));
    }

    /** Open cases take actions; so does a written-off one (the claim survives the write-off). */
    private static void takesActions(CollectionCase c, String what) {
        if (c.status != CaseStatus.OPEN && !c.outcome.acceptsLaterRecoveries()) {
            throw ProblemException.illegalTransition(CollectionCase.AGGREGATE, c.state(), what);
        }
    }

    private static void notInFuture(LocalDate date, LocalDate today, String field) {
        if (date.isAfter(today)) {
            throw ProblemException.unprocessable("date-in-future", field,
                    field + " " + date + " lies after the business date " + today);
        }
    }

    private static void notBeforeDefault(LocalDate date, CollectionCase c, String field) {
        if (date.isBefore(c.openedOn)) {
            throw ProblemException.unprocessable("date-before-default", field,
                    field + " " + date + " lies before the default date " + c.openedOn);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "; " + b;
    }
}
