package org.smecredit.collections.cases;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.strategy.StrategyChoice;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.collections.v1.CaseClosed;
import org.smecredit.contracts.collections.v1.CaseOpened;
import org.smecredit.platform.outbox.Outbox;

import io.smallrye.mutiny.Uni;

/** Stages the case's events in the outbox, keyed by loan id so that one loan's events stay in order. */
@ApplicationScoped
public class CaseEvents {
    private final Outbox outbox;
    private final LgdMeasurement lgd;

    public CaseEvents(Outbox outbox, LgdMeasurement lgd) {
        this.outbox = outbox;
        this.lgd = lgd;
    }

    public Uni<Void> opened(CollectionCase c) {
        return outbox.append(EventTypes.COLLECTIONS_CASE_OPENED, c.loanId, new CaseOpened(c.id, c.loanId,
                c.customerId, c.exposureAtDefault, c.currency, c.openedOn, c.assignedTo)).replaceWithVoid();
    }

    public Uni<Void> closed(CollectionCase c) {
        if (c.status != CaseStatus.CLOSED) {
            throw new IllegalStateException("case " + c.id + " is not closed");
        }
        return StrategyChoice.inEffect(c.id).chain(strategy -> lgd.measure(c).chain(m -> outbox.append(
                EventTypes.COLLECTIONS_CASE_CLOSED, c.loanId, new CaseClosed(c.id, c.loanId, c.customerId,
                        c.outcome.name(), c.exposureAtDefault, c.totalRecovered, c.realizedLgd(), c.closedOn,
                        strategy == null ? null : strategy.strategy.name(), m.discountedLgd(), m.collectionCosts()))))
                .replaceWithVoid();
    }
}
