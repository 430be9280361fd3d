package org.smecredit.contracts;

/**
 * Kafka topic names. One topic per owning service, keyed by the aggregate id (customer id or loan id) so that
 * one aggregate's events stay in order; two integration topics for core banking.
 */
public final class Topics {
    public static final String CUSTOMER_EVENTS = "sme.customer.events";
    public static final String RATING_EVENTS = "sme.rating.events";
    public static final String ORIGINATION_EVENTS = "sme.origination.events";
    public static final String MONITORING_EVENTS = "sme.monitoring.events";
    public static final String COLLECTIONS_EVENTS = "sme.collections.events";
    /** In: repayments and recoveries booked by core banking. Keyed by loan id. */
    public static final String COREBANKING_REPAYMENTS = "corebanking.repayments";
    /** Out: disbursement instructions for core banking. Keyed by loan id. */
    public static final String COREBANKING_DISBURSEMENTS = "corebanking.disbursements";

    /** Dead-letter topic of a consuming service: {@code sme.dlq.<service-name>}. */
    public static String deadLetter(String serviceName) {
        return "sme.dlq." + serviceName;
    }

    private Topics() {
    }
}
