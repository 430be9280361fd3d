package org.smecredit.rating.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;
import org.smecredit.rating.qualitative.CustomerFactsService;
import org.smecredit.rating.rating.RatingService;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.customer.events}: a filed statement (re)rates the customer; soft information is kept and re-rates it;
 * registrations and profile updates keep the facts the qualitative module reads. Other types are ignored.
 */
@ApplicationScoped
public class CustomerEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public CustomerEventsConsumer(InboxConsumer inbox, RatingService ratings, CustomerFactsService facts,
                                  @ConfigProperty(name = "quarkus.application.name") String service) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.CUSTOMER_STATEMENT_FILED, (event, statement) -> ratings.onStatementFiled(statement,
                        event.id(), Actor.system(service, event.id().toString())))
                .on(EventTypes.CUSTOMER_SOFT_INFORMATION_RECORDED, (event, item) -> facts.onSoftInformation(item,
                        event.id(), Actor.system(service, event.id().toString())))
                .on(EventTypes.CUSTOMER_REGISTERED, (event, registered) -> facts.onRegistered(registered))
                .on(EventTypes.CUSTOMER_PROFILE_UPDATED, (event, updated) -> facts.onProfileUpdated(updated))
                .build();
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
