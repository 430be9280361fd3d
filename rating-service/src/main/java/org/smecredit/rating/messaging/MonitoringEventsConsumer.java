package org.smecredit.rating.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;
import org.smecredit.rating.governance.BackTestService;
import org.smecredit.rating.rating.RatingService;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.monitoring.events}: a serious early warning re-rates the customer; a default is kept for the back-test.
 * Other types are ignored.
 */
@ApplicationScoped
public class MonitoringEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public MonitoringEventsConsumer(InboxConsumer inbox, RatingService ratings, BackTestService backTests,
                                    @ConfigProperty(name = "quarkus.application.name") String service) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.MONITORING_EARLY_WARNING_RAISED, (event, warning) -> ratings.onEarlyWarning(warning,
                        Actor.system(service, event.id().toString())))
                .on(EventTypes.MONITORING_LOAN_DEFAULTED, (event, defaulted) -> backTests.onLoanDefaulted(defaulted))
                .build();
    }

    @Incoming("monitoring-events")
    public Uni<Void> onMonitoringEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
