package org.smecredit.collections.strategy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.cases.CaseStatus;
import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.collections.cases.CollectionCaseService;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Values the disposal options of a case ({@link DisposalStrategy}) on the exposure still to recover and the
 * officer's inputs, and records choices with the four-eyes rule of {@link StrategyChoice}. Every change is audited;
 * a choice taking effect publishes {@code collections.strategy-chosen.v1} in the same transaction.
 */
@ApplicationScoped
public class StrategyService {
    public static final String INPUTS = "strategy-inputs";
    public static final String CHOICE = "strategy-choice";

    private final DisposalStrategy strategy;
    private final StrategyEvents events;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final ObjectMapper json;

    public StrategyService(CollectionsConfig config, StrategyEvents events, AuditTrail audit, BusinessClock clock,
                           ObjectMapper json) {
        this.strategy = new DisposalStrategy(config.strategy().toAssumptions());
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    @WithSession
    public Uni<StrategyView> get(UUID caseId) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .chain(this::view);
    }

    /** Replaces the officer-entered inputs of an open case and answers the valuation they give. */
    @WithTransaction
    public Uni<StrategyView> enterInputs(UUID caseId, StrategyInputsRequest r, Actor actor) {
        return CollectionCaseService.lockCase(caseId).chain(c -> {
            requireOpen(c, "enter strategy inputs");
            return StrategyInputs.<StrategyInputs>findById(caseId).chain(existing -> {
                StrategyInputsRequest before = existing == null ? null : read(existing.inputs);
                StrategyInputs in = existing != null ? existing : new StrategyInputs();
                in.caseId = caseId;
                in.inputs = write(r);
                in.enteredBy = actor.name();
                in.enteredAt = Instant.now();
                return in.<StrategyInputs>persist()
                        .chain(() -> audit.record(actor, "strategy.inputs-entered", INPUTS, caseId, before, r))
                        .chain(() -> view(c));
            });
        });
    }

    /** A collector's choice on an open case: effective at once, or pending a second approver (see StrategyChoice). */
    @WithTransaction
    public Uni<ChoiceView> choose(UUID caseId, ChooseStrategyRequest r, Actor actor) {
        return CollectionCaseService.lockCase(caseId).chain(c -> {
            requireOpen(c, "choose a strategy");
            return pending(caseId).chain(p -> {
                if (p != null) {
                    throw ProblemException.conflict("choice-pending", "choice " + p.id + " of " + p.strategy
                            + " awaits a second approver; approve or reject it first");
                }
                return recommendation(c);
            }).chain(rec -> {
                StrategyChoice s = StrategyChoice.choose(UUID.randomUUID(), caseId, rec, r.strategy(), r.reason(),
                        write(rec), actor.name(), clock.today(), Instant.now());
                ChoiceView after = ChoiceView.of(s);
                Uni<Void> done = s.persist()
                        .chain(() -> audit.record(actor, s.status == StrategyChoice.Status.CHOSEN
                                ? "strategy.chosen" : "strategy.proposed", CHOICE, s.id, null, after));
                if (s.status == StrategyChoice.Status.CHOSEN) {
                    done = done.chain(() -> events.chosen(c, s));
                }
                return done.replaceWith(after);
            });
        });
    }

    /** The second approver's decision on the pending choice of a case. */
    @WithTransaction
    public Uni<ChoiceView> decide(UUID caseId, DecideChoiceRequest r, Actor actor) {
        return CollectionCaseService.lockCase(caseId).chain(c -> pending(caseId).chain(s -> {
            if (s == null) {
                throw ProblemException.conflict("no-pending-choice",
                        "case " + caseId + " has no strategy choice awaiting approval");
            }
            requireOpen(c, "decide on a strategy choice");
            ChoiceView before = ChoiceView.of(s);
            s.decide(r.approve(), r.comment(), actor.name(), clock.today(), Instant.now());
            ChoiceView after = ChoiceView.of(s);
            Uni<Void> done = audit.record(actor, r.approve() ? "strategy.approved" : "strategy.rejected", CHOICE,
                    s.id, before, after);
            if (s.status == StrategyChoice.Status.CHOSEN) {
                done = done.chain(() -> events.chosen(c, s));
            }
            return done.replaceWith(after);
        }));
    }

    private Uni<StrategyView> view(CollectionCase c) {
        return StrategyInputs.<StrategyInputs>findById(c.id).chain(in -> StrategyChoice
                .<StrategyChoice>list("caseId", Sort.ascending("chosenAt").and("id"), c.id)
                .map(choices -> {
                    StrategyInputsRequest inputs = in == null ? StrategyInputsRequest.none() : read(in.inputs);
                    StrategyRecommendation rec = evaluate(c, inputs);
                    List<ChoiceView> views = choices.stream().map(ChoiceView::of).toList();
                    // in effect: the choice that took effect last (a pending choice takes effect on approval)
                    ChoiceView current = views.stream().filter(v -> v.status() == StrategyChoice.Status.CHOSEN)
                            .max(java.util.Comparator.comparing(
                                    (ChoiceView v) -> v.decidedAt() != null ? v.decidedAt() : v.chosenAt()))
                            .orElse(null);
                    return new StrategyView(c.id, c.currency, rec.exposure(), rec.discountRate(), inputs,
                            in == null ? null : in.enteredBy, in == null ? null : in.enteredAt, rec.options(),
                            rec.recommended(), rec.reason(), current, views);
                }));
    }

    private Uni<StrategyRecommendation> recommendation(CollectionCase c) {
        return StrategyInputs.<StrategyInputs>findById(c.id)
                .map(in -> evaluate(c, in == null ? StrategyInputsRequest.none() : read(in.inputs)));
    }

    private StrategyRecommendation evaluate(CollectionCase c, StrategyInputsRequest inputs) {
        if (c.remainingExposure().signum() <= 0) {
            throw ProblemException.conflict("nothing-to-recover",
                    "case " + c.id + " has recovered its whole exposure: there is nothing left to dispose of");
        }
        return strategy.evaluate(inputs.toFacts(c.remainingExposure()));
    }

    private static Uni<StrategyChoice> pending(UUID caseId) {
        return StrategyChoice.<StrategyChoice>find("caseId = ?1 and status = ?2", caseId,
                StrategyChoice.Status.PENDING_APPROVAL).firstResult();
    }

    private static void requireOpen(CollectionCase c, String action) {
        if (c.status != CaseStatus.OPEN) {
            throw ProblemException.illegalTransition(CollectionCase.AGGREGATE, c.state(), action);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private StrategyInputsRequest read(String stored) {
        try {
            return json.readValue(stored, StrategyInputsRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored strategy inputs are unreadable", e);
        }
    }
}
