package org.smecredit.collections.strategy;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.collections.v1.StrategyChosen;
import org.smecredit.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Stages {@code collections.strategy-chosen.v1}, keyed by loan id like every case event. */
@ApplicationScoped
public class StrategyEvents {
    private final Outbox outbox;

    public StrategyEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> chosen(CollectionCase c, StrategyChoice s) {
        if (s.status != StrategyChoice.Status.CHOSEN) {
            throw new IllegalStateException("choice " + s.id + " is " + s.status);
        }
        return outbox.append(EventTypes.COLLECTIONS_STRATEGY_CHOSEN, c.loanId, new StrategyChosen(s.id, c.id,
                c.loanId, c.customerId, s.strategy.name(), s.expectedNpv, s.recommendedStrategy.name(),
                s.recommendedNpv, s.exposure, c.currency, s.discountRate, s.reason, s.chosenBy, s.approvedBy(),
                s.effectiveOn)).replaceWithVoid();
    }
}
