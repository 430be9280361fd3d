package org.smecredit.collections.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.collections.recovery.RecoveryService;
import org.smecredit.contracts.EventTypes;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/** {@code corebanking.repayments}: money booked on a loan in collections becomes a recovery on its case. */
@ApplicationScoped
public class CoreBankingRepaymentsConsumer {
    private final InboxConsumer inbox;
    private final EventRouter router;

    public CoreBankingRepaymentsConsumer(InboxConsumer inbox, RecoveryService recoveries) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.COREBANKING_REPAYMENT_RECEIVED, (event, payload) -> recoveries.onRepaymentReceived(
                        payload, Actor.system(CollectionsConfig.SERVICE_NAME, event.id().toString())))
                .build();
    }

    @Incoming("corebanking-repayments")
    public Uni<Void> onRepayment(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
