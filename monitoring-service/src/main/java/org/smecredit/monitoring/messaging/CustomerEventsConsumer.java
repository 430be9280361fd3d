package org.smecredit.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.monitoring.customer.CustomerProjectionService;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.customer.events}: borrower profiles (industry, size class, relationship manager), financial statements
 * (covenant and revenue-fall signals) and guarantee links with their circles (contagion). Soft information is ignored.
 */
@ApplicationScoped
public class CustomerEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public CustomerEventsConsumer(InboxConsumer inbox, CustomerProjectionService customers) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.CUSTOMER_REGISTERED, (event, payload) ->
                        customers.registered(payload, actor(event.id().toString())))
                .on(EventTypes.CUSTOMER_PROFILE_UPDATED, (event, payload) ->
                        customers.profileUpdated(payload, actor(event.id().toString())))
                .on(EventTypes.CUSTOMER_STATEMENT_FILED, (event, payload) ->
                        customers.statementFiled(payload, actor(event.id().toString())))
                .on(EventTypes.CUSTOMER_GUARANTEE_LINKED, (event, payload) ->
                        customers.guaranteeLinked(payload, actor(event.id().toString())))
                .build();
    }

    private static Actor actor(String eventId) {
        return Actor.system("monitoring-service", eventId);
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
