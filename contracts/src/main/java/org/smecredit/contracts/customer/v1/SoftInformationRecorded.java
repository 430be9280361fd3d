package org.smecredit.contracts.customer.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A dated, sourced piece of soft information about a customer was recorded (tax payment record, utility or
 * social-insurance regularity, owner's personal credit, account turnover, court judgment, administrative penalty,
 * relationship manager's visit note). Key: customerId.
 */
public record SoftInformationRecorded(
        UUID customerId,
        UUID itemId,
        /** TAX_PAYMENT, UTILITY_PAYMENT, SOCIAL_INSURANCE_PAYMENT, OWNER_PERSONAL_CREDIT, BANK_ACCOUNT_TURNOVER, COURT_JUDGMENT, ADMINISTRATIVE_PENALTY, VISIT_NOTE. */
        String kind,
        /** The day the fact was observed or the record dated. */
        LocalDate observedOn,
        /** Where it comes from, e.g. "State Taxation Administration e-tax bureau". */
        String source,
        /** POSITIVE, NEUTRAL or NEGATIVE for credit. */
        String assessment,
        /** An amount the item is about (arrears, turnover, judgment sum), CNY scale 2, when any. */
        BigDecimal amount,
        /** Kind-specific facts, e.g. taxGrade = "A". */
        Map<String, String> attributes,
        String summary) {
}
