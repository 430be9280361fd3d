package org.smecredit.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.platform.testing.CloudEventsKafka;

/**
 * A stand-in for the bank's core banking system, for the demo and the system tests only: it books repayments
 * and recoveries on {@code corebanking.repayments} exactly as core banking would (CloudEvents, keyed by loan id,
 * one booking id per payment).
 */
public final class CoreBankingSimulator implements AutoCloseable {
    public static final String SOURCE = "/corebanking/simulator";
    private final CloudEventsKafka kafka;

    public CoreBankingSimulator(String bootstrap) {
        this.kafka = new CloudEventsKafka(bootstrap, SOURCE);
    }

    /** Books a payment received on {@code loanId}; returns the booking (repayment) id. */
    public UUID pay(UUID loanId, BigDecimal amount, LocalDate valueDate, String reference) {
        UUID repaymentId = UUID.randomUUID();
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId,
                new RepaymentReceived(repaymentId, loanId, amount, "CNY", valueDate, reference));
        return repaymentId;
    }

    /** Re-delivers a booking already sent (same booking id, new CloudEvent id), as a real feed sometimes does. */
    public void redeliver(UUID repaymentId, UUID loanId, BigDecimal amount, LocalDate valueDate, String reference) {
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId,
                new RepaymentReceived(repaymentId, loanId, amount, "CNY", valueDate, reference));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
