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
 * {@code sme.monitoring.events}: {@code monitoring.loan-classified.v1} (substandard or worse) and
 * {@code monitoring.loan-defaulted.v1} → the loan is non-performing and the borrower blocked for new credit;
 * {@code monitoring.loan-restored.v1} → the loan performs again, and the block lifts once no loan of the borrower is
 * non-performing.
 */
@ApplicationScoped
public class MonitoringEventsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public MonitoringEventsConsumer(InboxConsumer inbox, BorrowerEvents borrowers,
                                    @ConfigProperty(name = "quarkus.application.name") String service) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.MONITORING_LOAN_CLASSIFIED, (event, payload) ->
                        borrowers.loanClassified(payload, Actor.system(service, event.id().toString())))
                .on(EventTypes.MONITORING_LOAN_DEFAULTED, (event, payload) ->
                        borrowers.loanDefaulted(payload, Actor.system(service, event.id().toString())))
                .on(EventTypes.MONITORING_LOAN_RESTORED, (event, payload) ->
                        borrowers.loanRestored(payload, Actor.system(service, event.id().toString())))
                .build();
    }

    @Incoming("monitoring-events")
    public Uni<Void> onMonitoringEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
