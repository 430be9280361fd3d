package org.smecredit.monitoring.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.collections.v1.RecoveryRecorded;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.monitoring.repayment.RepaymentService;
import org.smecredit.monitoring.restructuring.RestructuringService;
import org.smecredit.platform.inbox.EventRouter;
import org.smecredit.platform.inbox.InboxConsumer;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * {@code sme.collections.events}: recoveries on defaulted loans reduce the loan book like repayments; a restructuring
 * replaces the loan's unpaid schedule and starts its observation period ({@link RestructuringService}).
 *
 * <p>A recovery whose source is {@code COREBANKING} is a core banking repayment that collections matched to its
 * case: monitoring already applied it from {@code corebanking.repayments}, so it is not applied twice. The others
 * (manual, collateral auction, guarantor) reach the bank outside core banking's repayment feed and are applied here,
 * through the same waterfall, keyed by the recovery id so that a redelivery has no second effect.
 */
@ApplicationScoped
public class CollectionsEventsConsumer {
    private static final Logger LOG = Logger.getLogger(CollectionsEventsConsumer.class);
    static final String ALREADY_IN_REPAYMENT_FEED = "COREBANKING";

    private final InboxConsumer inbox;
    private final EventRouter router;

    public CollectionsEventsConsumer(InboxConsumer inbox, RepaymentService repayments,
                                     RestructuringService restructurings) {
        this.inbox = inbox;
        this.router = EventRouter.builder()
                .on(EventTypes.COLLECTIONS_RECOVERY_RECORDED, (event, payload) -> {
                    if (ALREADY_IN_REPAYMENT_FEED.equals(payload.source())) {
                        LOG.debugf("recovery %s on loan %s came from core banking's repayments; applied from there",
                                payload.recoveryId(), payload.loanId());
                        return Uni.createFrom().voidItem();
                    }
                    return repayments.received(asRepayment(payload),
                            Actor.system("monitoring-service", event.id().toString()));
                })
                .on(EventTypes.COLLECTIONS_LOAN_RESTRUCTURED, (event, payload) -> restructurings.restructured(payload,
                        Actor.system("monitoring-service", event.id().toString())))
                .build();
    }

    static RepaymentReceived asRepayment(RecoveryRecorded r) {
        return new RepaymentReceived(r.recoveryId(), r.loanId(), r.amount(), r.currency(), r.valueDate(),
                "collections recovery " + r.source() + ", case " + r.caseId());
    }

    @Incoming("collections-events")
    public Uni<Void> onCollectionsEvent(ConsumerRecord<String, String> record) {
        return inbox.consume(record, router);
    }
}
