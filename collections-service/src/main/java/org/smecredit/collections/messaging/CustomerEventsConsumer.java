package org.smecredit.collections.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.collections.borrowers.BorrowerBook;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.contracts.EventTypes;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.customer.events}: registrations and profile updates keep the borrower read model (region, size class);
 * guarantee links keep each customer's guarantee circle. Other customer events are ignored.
 */
@ApplicationScoped
public class CustomerEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public CustomerEventsConsumer(InboxConsumer inbox, BorrowerBook borrowers) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.CUSTOMER_REGISTERED, (event, payload) -> borrowers.onRegistered(payload,
                        Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .on(EventTypes.CUSTOMER_PROFILE_UPDATED, (event, payload) -> borrowers.onProfileUpdated(payload,
                        Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .on(EventTypes.CUSTOMER_GUARANTEE_LINKED, (event, payload) -> borrowers.onGuaranteeLinked(payload,
                        Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .build();
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
