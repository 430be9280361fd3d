package org.smecredit.origination.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.origination.application.LoanApplicationService;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.rating.events}: {@code rating.assigned.v1} → the borrower's latest rating, then a decision on every
 * application of that borrower waiting for it.
 */
@ApplicationScoped
public class RatingEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public RatingEventsConsumer(InboxConsumer inbox, LoanApplicationService applications,
                                @ConfigProperty(name = "quarkus.application.name") String service) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.RATING_ASSIGNED, (event, payload) ->
                        applications.ratingAssigned(payload, Actor.system(service, event.id().toString())))
                .build();
    }

    @Incoming("rating-events")
    public Uni<Void> onRatingEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
