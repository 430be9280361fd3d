package org.smecredit.rating.qualitative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One soft-information item as {@code customer.soft-information-recorded.v1} carries it: kind (TAX_PAYMENT,
 * UTILITY_PAYMENT, SOCIAL_INSURANCE_PAYMENT, OWNER_PERSONAL_CREDIT, COURT_JUDGMENT, ADMINISTRATIVE_PENALTY, ...),
 * the day observed, POSITIVE/NEUTRAL/NEGATIVE, an amount (e.g. arrears) and kind-specific attributes (taxGrade).
 */
public record SoftItem(String kind, LocalDate observedOn, String assessment, BigDecimal amount,
                       Map<String, String> attributes) {
    public SoftItem {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    boolean is(String k) {
        return kind.equals(k);
    }

    boolean negative() {
        return "NEGATIVE".equals(assessment);
    }

    boolean positive() {
        return "POSITIVE".equals(assessment);
    }
}
