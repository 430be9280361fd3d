package org.smecredit.collections.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.collections.cases.CollectionCaseService;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.collections.loans.LoanBook;
import org.smecredit.contracts.EventTypes;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.monitoring.events}: a loan default opens a collection case; a classification keeps the loan's latest
 * five-category class (cases on demand for substandard loans). Other monitoring events are ignored.
 */
@ApplicationScoped
public class MonitoringEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public MonitoringEventsConsumer(InboxConsumer inbox, CollectionCaseService cases, LoanBook loans) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.MONITORING_LOAN_DEFAULTED, (event, payload) -> cases.onLoanDefaulted(event, payload,
                        Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .on(EventTypes.MONITORING_LOAN_CLASSIFIED, (event, payload) -> loans.onLoanClassified(event, payload,
                        Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .build();
    }

    @Incoming("monitoring-events")
    public Uni<Void> onMonitoringEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
