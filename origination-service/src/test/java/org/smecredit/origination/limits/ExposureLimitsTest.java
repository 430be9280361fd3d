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

    @org.junit.jupiter.api.Test
    void commitmentsCountWithTheDrawnExposureAndEachReasonShowsTheBreakdown() {
        // borrower: drawn 30m + committed 15m + 5m = 50m (inclusive); group: 40m + 35.5m + 5m = 80.5m above 80m
        ExposureLimits.Result r = LIMITS.check(new BigDecimal("5000000.00"), new ExposureLimits.Exposures(
                new BigDecimal("30000000.00"), new BigDecimal("40000000.00"), 3, new BigDecimal("40000000.00"), 4,
                "C", new BigDecimal("250000000.00"), new BigDecimal("900000000.00"), new BigDecimal("15000000.00"),
                new BigDecimal("35500000.00"), new BigDecimal("35500000.00"), new BigDecimal("60000000.00"),
                new BigDecimal("100000000.00")));
        assertEquals(List.of("limit: single-borrower exposure of the borrower after this loan 50000000.00 CNY "
                        + "(drawn 30000000.00 + committed 15000000.00 + this loan 5000000.00) within 50000000 CNY",
                "limit breach (REFER): related-group exposure of the related group of 3 customers after this loan "
                        + "80500000.00 CNY (drawn 40000000.00 + committed 35500000.00 + this loan 5000000.00) above "
                        + "80000000 CNY",
                "limit: guarantee-circle exposure of the guarantee circle of 4 customers after this loan 80500000.00 "
                        + "CNY (drawn 40000000.00 + committed 35500000.00 + this loan 5000000.00) within 100000000 CNY",
                // book 900m drawn + 100m committed + 5m = 1,005m; industry 250m + 60m + 5m = 315m: 31.34 %
                "limit breach (REFER): industry C share of the book 31.34 % (315000000.00 of 1005000000.00 CNY; "
                        + "industry drawn 250000000.00 + committed 60000000.00 + this loan 5000000.00) above 30.00 %"),
                r.reasons());
        assertTrue(r.referred());
        assertFalse(r.declined());
        // without the commitments everything would be within (and the book too small for the share)
        assertEquals(List.of(), LIMITS.check(new BigDecimal("5000000.00"), new ExposureLimits.Exposures(
                new BigDecimal("30000000.00"), new BigDecimal("40000000.00"), 3, new BigDecimal("40000000.00"), 4,
                "C", new BigDecimal("250000000.00"), new BigDecimal("900000000.00"))).breaches());
    }
}
