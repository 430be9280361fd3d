package org.smecredit.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.monitoring.rating.CustomerPdService;
import org.smecredit.monitoring.signal.RatingSignals;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/** {@code sme.rating.events}: the latest PD of each borrower, for ECL, and RATING_DOWNGRADE signals. */
@ApplicationScoped
public class RatingEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public RatingEventsConsumer(InboxConsumer inbox, CustomerPdService pds, RatingSignals downgrades) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.RATING_ASSIGNED, (event, payload) -> {
                    Actor actor = Actor.system("monitoring-service", event.id().toString());
                    return pds.assigned(payload, actor).chain(() -> downgrades.assigned(payload, actor));
                })
                .build();
    }

    @Incoming("rating-events")
    public Uni<Void> onRatingEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
