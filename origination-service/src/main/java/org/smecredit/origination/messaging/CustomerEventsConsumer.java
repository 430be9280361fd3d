package org.smecredit.origination.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.origination.borrower.BorrowerEvents;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.customer.events}: {@code customer.registered.v1} → the borrower read model;
 * {@code customer.statement-filed.v1} → latest statement (expiry knock-out, SME sales);
 * {@code customer.guarantee-linked.v1} → guarantee links and circles. Other types ignored.
 */
@ApplicationScoped
public class CustomerEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public CustomerEventsConsumer(InboxConsumer inbox, BorrowerEvents borrowers,
                                  @ConfigProperty(name = "quarkus.application.name") String service) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.CUSTOMER_REGISTERED, (event, payload) ->
                        borrowers.customerRegistered(payload, Actor.system(service, event.id().toString())))
                .on(EventTypes.CUSTOMER_STATEMENT_FILED, (event, payload) ->
                        borrowers.statementFiled(payload, Actor.system(service, event.id().toString())))
                .on(EventTypes.CUSTOMER_GUARANTEE_LINKED, (event, payload) ->
                        borrowers.guaranteeLinked(payload, Actor.system(service, event.id().toString())))
                .build();
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
