package org.smecredit.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.contracts.EventTypes;
import org.smecredit.monitoring.repayment.RepaymentService;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/** {@code corebanking.repayments}: money received on loans. */
@ApplicationScoped
public class RepaymentsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public RepaymentsConsumer(InboxConsumer inbox, RepaymentService repayments) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.COREBANKING_REPAYMENT_RECEIVED, (event, payload) ->
                        repayments.received(payload, Actor.system("monitoring-service", event.id().toString())))
                .build();
    }

    @Incoming("corebanking-repayments")
    public Uni<Void> onRepayment(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
