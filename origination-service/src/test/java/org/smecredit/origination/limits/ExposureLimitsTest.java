package org.smecredit.origination.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExposureLimitsTest {
    private static final ExposureLimits LIMITS = new ExposureLimits(new ExposureLimits.Settings(
            new ExposureLimits.Limit(new BigDecimal("50000000"), ExposureLimits.Action.DECLINE),
            new ExposureLimits.Limit(new BigDecimal("80000000"), ExposureLimits.Action.REFER),
            new ExposureLimits.Limit(new BigDecimal("100000000"), ExposureLimits.Action.REFER),
            new ExposureLimits.Limit(new BigDecimal("0.30"), ExposureLimits.Action.REFER),
            new BigDecimal("1000000000")));

    @ParameterizedTest(name = "borrower {0}, group {1}, circle {2}, industry {3} of {4} + {5}: {6}")
    @CsvSource({
            // all within (book too small for the industry share)
            "0,        0,        0,         0,         0,          1000000,  ''",
            // single borrower: 49m + 1m = 50m is within (inclusive), 49m + 1.01m is not
            "49000000, 49000000, 49000000,  0,         0,          1000000,  ''",
            "49000000, 49000000, 49000000,  0,         0,          1010000,  single-borrower",
            "10000000, 79500000, 79500000,  0,         0,          1000000,  related-group",
            "10000000, 20000000, 99500000,  0,         0,          1000000,  guarantee-circle",
            // industry: (299m + 2m) / (1,000m + 2m) = 30.04 % > 30 %
            "0,        0,        0,         299000000, 1000000000, 2000000,  industry-concentration",
            "0,        0,        0,         298000000, 1000000000, 2000000,  ''",
            // below the minimum book the share is not checked
            "0,        0,        0,         900000000, 990000000,  1000000,  ''"})
    void namesEachBreachedLimit(String borrower, String group, String circle, String industry, String book,
                                String amount, String breached) {
        ExposureLimits.Result r = LIMITS.check(new BigDecimal(amount), new ExposureLimits.Exposures(
                new BigDecimal(borrower), new BigDecimal(group), 3, new BigDecimal(circle), 5, "C",
                new BigDecimal(industry), new BigDecimal(book)));
        assertEquals(breached.isBlank() ? List.of() : List.of(breached),
                r.breaches().stream().map(ExposureLimits.Breach::limit).toList());
        assertFalse(r.reasons().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"50000001, true, false", "1000000, false, false"})
    void aDeclineLimitDeclinesAReferLimitRefers(String amount, boolean declined, boolean referred) {
        ExposureLimits.Result r = LIMITS.check(new BigDecimal(amount), new ExposureLimits.Exposures(
                BigDecimal.ZERO, BigDecimal.ZERO, 1, BigDecimal.ZERO, 1, "C", BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(declined, r.declined());
        assertEquals(referred, r.referred());
        if (declined) {
            assertTrue(r.reasons().get(0).startsWith("limit breach (DECLINE): single-borrower"), r.reasons().get(0));
        }
    }
}
