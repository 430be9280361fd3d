package org.smecredit.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.monitoring.rating.CustomerPdService;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/** {@code sme.rating.events}: the latest PD of each borrower, for ECL. */
@ApplicationScoped
public class RatingEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public RatingEventsConsumer(InboxConsumer inbox, CustomerPdService pds) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.RATING_ASSIGNED, (event, payload) ->
                        pds.assigned(payload, Actor.system("monitoring-service", event.id().toString())))
                .build();
    }

    @Incoming("rating-events")
    public Uni<Void> onRatingEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
