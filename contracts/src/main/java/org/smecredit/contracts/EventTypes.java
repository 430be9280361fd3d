package org.smecredit.contracts;

import java.util.List;
import java.util.Optional;

import org.smecredit.contracts.collections.v1.CaseClosed;
import org.smecredit.contracts.collections.v1.CaseOpened;
import org.smecredit.contracts.collections.v1.LoanRestructured;
import org.smecredit.contracts.collections.v1.LoanWrittenOff;
import org.smecredit.contracts.collections.v1.RecoveryRecorded;
import org.smecredit.contracts.collections.v1.StrategyChosen;
import org.smecredit.contracts.corebanking.v1.DisbursementRequested;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.GuaranteeLinked;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.contracts.customer.v1.SoftInformationRecorded;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.contracts.monitoring.v1.EarlyWarningRaised;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.contracts.monitoring.v1.LoanRestored;
import org.smecredit.contracts.origination.v1.ApplicationDecided;
import org.smecredit.contracts.origination.v1.ApplicationSubmitted;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.contracts.rating.v1.RatingOverrideApproved;

/**
 * Every event type of the product, in one place. A type name is {@code <producer>.<past-tense-fact>.v<n>}; an
 * incompatible shape is a new version published beside the old one until its consumers have moved.
 */
public final class EventTypes {
    public static final EventType<CustomerRegistered> CUSTOMER_REGISTERED =
            new EventType<>("customer.registered.v1", Topics.CUSTOMER_EVENTS, CustomerRegistered.class);
    public static final EventType<StatementFiled> CUSTOMER_STATEMENT_FILED =
            new EventType<>("customer.statement-filed.v1", Topics.CUSTOMER_EVENTS, StatementFiled.class);
    public static final EventType<ProfileUpdated> CUSTOMER_PROFILE_UPDATED =
            new EventType<>("customer.profile-updated.v1", Topics.CUSTOMER_EVENTS, ProfileUpdated.class);
    public static final EventType<GuaranteeLinked> CUSTOMER_GUARANTEE_LINKED =
            new EventType<>("customer.guarantee-linked.v1", Topics.CUSTOMER_EVENTS, GuaranteeLinked.class);
    public static final EventType<SoftInformationRecorded> CUSTOMER_SOFT_INFORMATION_RECORDED =
            new EventType<>("customer.soft-information-recorded.v1", Topics.CUSTOMER_EVENTS, SoftInformationRecorded.class);

    public static final EventType<RatingAssigned> RATING_ASSIGNED =
            new EventType<>("rating.assigned.v1", Topics.RATING_EVENTS, RatingAssigned.class);
    public static final EventType<RatingOverrideApproved> RATING_OVERRIDE_APPROVED =
            new EventType<>("rating.override-approved.v1", Topics.RATING_EVENTS, RatingOverrideApproved.class);

    public static final EventType<ApplicationSubmitted> ORIGINATION_APPLICATION_SUBMITTED =
            new EventType<>("origination.application-submitted.v1", Topics.ORIGINATION_EVENTS, ApplicationSubmitted.class);
    public static final EventType<ApplicationDecided> ORIGINATION_APPLICATION_DECIDED =
            new EventType<>("origination.application-decided.v1", Topics.ORIGINATION_EVENTS, ApplicationDecided.class);
    public static final EventType<LoanDisbursed> ORIGINATION_LOAN_DISBURSED =
            new EventType<>("origination.loan-disbursed.v1", Topics.ORIGINATION_EVENTS, LoanDisbursed.class);

    public static final EventType<DisbursementRequested> COREBANKING_DISBURSEMENT_REQUESTED =
            new EventType<>("corebanking.disbursement-requested.v1", Topics.COREBANKING_DISBURSEMENTS, DisbursementRequested.class);
    public static final EventType<RepaymentReceived> COREBANKING_REPAYMENT_RECEIVED =
            new EventType<>("corebanking.repayment-received.v1", Topics.COREBANKING_REPAYMENTS, RepaymentReceived.class);

    public static final EventType<LoanClassified> MONITORING_LOAN_CLASSIFIED =
            new EventType<>("monitoring.loan-classified.v1", Topics.MONITORING_EVENTS, LoanClassified.class);
    public static final EventType<EarlyWarningRaised> MONITORING_EARLY_WARNING_RAISED =
            new EventType<>("monitoring.early-warning-raised.v1", Topics.MONITORING_EVENTS, EarlyWarningRaised.class);
    public static final EventType<LoanDefaulted> MONITORING_LOAN_DEFAULTED =
            new EventType<>("monitoring.loan-defaulted.v1", Topics.MONITORING_EVENTS, LoanDefaulted.class);
    public static final EventType<LoanRestored> MONITORING_LOAN_RESTORED =
            new EventType<>("monitoring.loan-restored.v1", Topics.MONITORING_EVENTS, LoanRestored.class);

    public static final EventType<CaseOpened> COLLECTIONS_CASE_OPENED =
            new EventType<>("collections.case-opened.v1", Topics.COLLECTIONS_EVENTS, CaseOpened.class);
    public static final EventType<RecoveryRecorded> COLLECTIONS_RECOVERY_RECORDED =
            new EventType<>("collections.recovery-recorded.v1", Topics.COLLECTIONS_EVENTS, RecoveryRecorded.class);
    public static final EventType<CaseClosed> COLLECTIONS_CASE_CLOSED =
            new EventType<>("collections.case-closed.v1", Topics.COLLECTIONS_EVENTS, CaseClosed.class);
    public static final EventType<StrategyChosen> COLLECTIONS_STRATEGY_CHOSEN =
            new EventType<>("collections.strategy-chosen.v1", Topics.COLLECTIONS_EVENTS, StrategyChosen.class);
    public static final EventType<LoanRestructured> COLLECTIONS_LOAN_RESTRUCTURED =
            new EventType<>("collections.loan-restructured.v1", Topics.COLLECTIONS_EVENTS, LoanRestructured.class);
    public static final EventType<LoanWrittenOff> COLLECTIONS_LOAN_WRITTEN_OFF =
            new EventType<>("collections.loan-written-off.v1", Topics.COLLECTIONS_EVENTS, LoanWrittenOff.class);

    public static final List<EventType<?>> ALL = List.of(
            CUSTOMER_REGISTERED, CUSTOMER_STATEMENT_FILED, CUSTOMER_PROFILE_UPDATED, CUSTOMER_GUARANTEE_LINKED, CUSTOMER_SOFT_INFORMATION_RECORDED,
            RATING_ASSIGNED, RATING_OVERRIDE_APPROVED,
            ORIGINATION_APPLICATION_SUBMITTED, ORIGINATION_APPLICATION_DECIDED, ORIGINATION_LOAN_DISBURSED,
            COREBANKING_DISBURSEMENT_REQUESTED, COREBANKING_REPAYMENT_RECEIVED,
            MONITORING_LOAN_CLASSIFIED, MONITORING_EARLY_WARNING_RAISED, MONITORING_LOAN_DEFAULTED, MONITORING_LOAN_RESTORED,
            COLLECTIONS_CASE_OPENED, COLLECTIONS_RECOVERY_RECORDED, COLLECTIONS_CASE_CLOSED,
            COLLECTIONS_STRATEGY_CHOSEN, COLLECTIONS_LOAN_RESTRUCTURED, COLLECTIONS_LOAN_WRITTEN_OFF);

    /** The known type of that name, or empty: consumers ignore types they do not know. */
    public static Optional<EventType<?>> byName(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    private EventTypes() {
    }
}
