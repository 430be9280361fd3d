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
        redeliver(repaymentId, loanId, amount, valueDate, reference);
        return repaymentId;
    }

    /**
     * Sends the booking {@code repaymentId} (again): a new CloudEvent id each time, as a real feed that re-sends a
     * booking does.
     */
    public void redeliver(UUID repaymentId, UUID loanId, BigDecimal amount, LocalDate valueDate, String reference) {
        kafka.publish(EventTypes.COREBANKING_REPAYMENT_RECEIVED, loanId,
                new RepaymentReceived(repaymentId, loanId, amount, "CNY", valueDate, reference));
    }

    @Override
    public void close() {
        kafka.close();
    }
}
