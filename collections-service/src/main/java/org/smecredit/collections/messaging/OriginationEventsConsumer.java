package org.smecredit.collections.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.collections.loans.LoanBook;
import org.smecredit.contracts.EventTypes;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/** {@code sme.origination.events}: disbursed loans feed the local loan read model. */
@ApplicationScoped
public class OriginationEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public OriginationEventsConsumer(InboxConsumer inbox, LoanBook loans) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.ORIGINATION_LOAN_DISBURSED, (event, payload) -> loans.onLoanDisbursed(payload,
                        Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .build();
    }

    @Incoming("origination-events")
    public Uni<Void> onOriginationEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
