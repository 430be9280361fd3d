package org.smecredit.origination.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.origination.authority.AuthorityLevel;
import org.smecredit.origination.authority.AuthorityMatrix;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.support.CreditSupportAssessment;
import org.smecredit.origination.support.CreditSupportType;
import org.smecredit.origination.support.FirbCollateralRules;

class CreditPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate FRESH_STATEMENT = LocalDate.of(2025, 12, 31);
    private static final AuthorityMatrix MATRIX = new AuthorityMatrix(new BigDecimal("0.0250"), new BigDecimal("0.50"),
            new AuthorityMatrix.Cell(new BigDecimal("3000000.00"), new BigDecimal("5000000.00")),
            new AuthorityMatrix.Cell(new BigDecimal("5000000.00"), new BigDecimal("8000000.00")),
            new AuthorityMatrix.Cell(null, new BigDecimal("2000000.00")),
            new AuthorityMatrix.Cell(null, new BigDecimal("3000000.00")));
    private static final CreditPolicy POLICY = new CreditPolicy(new CreditPolicy.Limits(new BigDecimal("0.0600"), 18),
            MATRIX);
    private static final CreditSupportAssessment SUPPORT = new CreditSupportAssessment(FirbCollateralRules.baselII(), 12);
    private static final ExposureLimits LIMITS = new ExposureLimits(new ExposureLimits.Settings(
            new ExposureLimits.Limit(new BigDecimal("10000000"), ExposureLimits.Action.DECLINE),
            new ExposureLimits.Limit(new BigDecimal("15000000"), ExposureLimits.Action.REFER),
            new ExposureLimits.Limit(new BigDecimal("20000000"), ExposureLimits.Action.REFER),
            new ExposureLimits.Limit(new BigDecimal("0.30"), ExposureLimits.Action.REFER),
            new BigDecimal("1000000000")));
    private static final ExposureLimits.Exposures NONE = new ExposureLimits.Exposures(BigDecimal.ZERO,
            BigDecimal.ZERO, 1, BigDecimal.ZERO, 1, "C", BigDecimal.ZERO, BigDecimal.ZERO);

    private static CreditPolicy.Decision decide(String amount, CreditPolicy.Borrower b,
                                                List<CreditSupportAssessment.Item> support,
                                                ExposureLimits.Exposures exposures) {
        BigDecimal a = new BigDecimal(amount);
        return POLICY.decide(new CreditPolicy.Case(a, b, SUPPORT.assess(a, support, Set.of(), TODAY),
                LIMITS.check(a, exposures), TODAY));
    }

    private static CreditPolicy.Decision decide(String amount, String pd) {
        return decide(amount, CreditPolicy.Borrower.clean("BBB", new BigDecimal(pd), FRESH_STATEMENT), List.of(), NONE);
    }

    private static List<CreditSupportAssessment.Item> realEstate(String value) {
        return List.of(new CreditSupportAssessment.Item(CreditSupportType.MORTGAGE_REAL_ESTATE, new BigDecimal(value),
                TODAY.minusMonths(1), BigDecimal.ZERO, null));
    }

    @ParameterizedTest(name = "{0} CNY, PD {1} → {2} at {3}")
    @CsvSource({
            "3000000.00, 0.0250, APPROVED, AUTOMATIC",
            "100000.00,  0.0003, APPROVED, AUTOMATIC",
            "3000000.01, 0.0250, REFERRED, BRANCH",
            "5000000.01, 0.0250, REFERRED, HEAD_OFFICE_COMMITTEE",
            "100000.00,  0.0251, REFERRED, BRANCH",
            "2000000.01, 0.0600, REFERRED, HEAD_OFFICE_COMMITTEE",
            // knock-out PD: 0.06 itself passes, above is rejected whatever the amount
            "100000.00,  0.0601, REJECTED, ",
            "9000000.00, 0.2000, REJECTED, "})
    void decidesByKnockOutThenTheAuthorityMatrix(String amount, String pd, CreditPolicy.Outcome outcome,
                                                 AuthorityLevel level) {
        CreditPolicy.Decision d = decide(amount, pd);
        assertEquals(outcome, d.outcome(), d.reasons().toString());
        assertEquals(level, d.level());
        assertTrue(d.reasons().size() > 1 || outcome == CreditPolicy.Outcome.REJECTED, "every decision lists reasons");
    }

    @Test
    void collateralRaisesTheAutomaticAuthority() {
        // 4,000,000 unsecured: branch; with real estate worth 6,000,000 (secures 4,000,000 at C** 140 %): automatic
        var b = CreditPolicy.Borrower.clean("A", new BigDecimal("0.0100"), FRESH_STATEMENT);
        assertEquals(AuthorityLevel.BRANCH, decide("4000000.00", b, List.of(), NONE).level());
        CreditPolicy.Decision secured = decide("4000000.00", b, realEstate("6000000"), NONE);
        assertEquals(CreditPolicy.Outcome.APPROVED, secured.outcome(), secured.reasons().toString());
        assertTrue(secured.reasons().stream().anyMatch(r -> r.contains("LGD 35.00 %")), secured.reasons().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "blocked, borrower blocked for new credit",
            "gradeD, rating grade D",
            "sanctioned, sanctions list",
            "expiredStatement, expired",
            "watched, special mention",
            "singleBorrowerLimit, single-borrower"})
    void eachKnockOutRejectsAndIsNamed(String knockOut, String named) {
        BigDecimal pd = new BigDecimal("0.0050");
        CreditPolicy.Borrower b = switch (knockOut) {
            case "blocked" -> new CreditPolicy.Borrower("A", pd, true, "loan 42 classified SUBSTANDARD", false, null,
                    false, false, null, FRESH_STATEMENT);
            case "gradeD" -> CreditPolicy.Borrower.clean("D", pd, FRESH_STATEMENT);
            case "sanctioned" -> new CreditPolicy.Borrower("A", pd, false, null, false, null, false, true,
                    "OFAC SDN match", FRESH_STATEMENT);
            case "expiredStatement" -> CreditPolicy.Borrower.clean("A", pd, TODAY.minusMonths(18).minusDays(1));
            case "watched" -> new CreditPolicy.Borrower("A", pd, false, null, true, "loan 9 classified SPECIAL_MENTION",
                    false, false, null, FRESH_STATEMENT);
            default -> CreditPolicy.Borrower.clean("A", pd, FRESH_STATEMENT);
        };
        var exposures = knockOut.equals("singleBorrowerLimit") ? new ExposureLimits.Exposures(
                new BigDecimal("9500000"), BigDecimal.ZERO, 1, BigDecimal.ZERO, 1, "C", BigDecimal.ZERO,
                BigDecimal.ZERO) : NONE;
        CreditPolicy.Decision d = decide("1000000.00", b, List.of(), exposures);
        assertEquals(CreditPolicy.Outcome.REJECTED, d.outcome());
        assertNull(d.level());
        assertEquals(1, d.reasons().size(), d.reasons().toString());
        assertTrue(d.reasons().get(0).startsWith("knock-out: ") && d.reasons().get(0).contains(named),
                d.reasons().get(0));
    }

    @Test
    void noStatementReceivedYetIsNamedButNeitherAKnockOutNorAReferral() {
        var b = CreditPolicy.Borrower.clean("A", new BigDecimal("0.0050"), null);
        CreditPolicy.Decision d = decide("1000000.00", b, List.of(), NONE);
        assertEquals(CreditPolicy.Outcome.APPROVED, d.outcome());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("no financial statement received")));
    }

    @Test
    void aStatementExactlyEighteenMonthsOldIsStillValid() {
        var b = CreditPolicy.Borrower.clean("A", new BigDecimal("0.0050"), TODAY.minusMonths(18));
        assertEquals(CreditPolicy.Outcome.APPROVED, decide("1000000.00", b, List.of(), NONE).outcome());
    }

    @Test
    void aRiskManagersOverrideLetsASpecialMentionBorrowerThroughAndIsNamed() {
        var b = new CreditPolicy.Borrower("A", new BigDecimal("0.0050"), false, null, true,
                "loan 9 classified SPECIAL_MENTION", true, false, null, FRESH_STATEMENT);
        CreditPolicy.Decision d = decide("1000000.00", b, List.of(), NONE);
        assertEquals(CreditPolicy.Outcome.APPROVED, d.outcome());
        assertTrue(d.reasons().stream().anyMatch(r -> r.contains("overridden by a risk manager")));
    }

    @Test
    void listsEveryKnockOutThatApplies() {
        var b = new CreditPolicy.Borrower("D", BigDecimal.ONE, true, "loan 7 defaulted", true, "special mention",
                false, true, "sanctions", TODAY.minusYears(3));
        assertEquals(6, decide("500000.00", b, List.of(), NONE).reasons().size());
    }

    @ParameterizedTest(name = "{0} refers an otherwise automatic case to a branch approver")
    @CsvSource({"groupLimit", "guarantorInCircle"})
    void referralTriggersTakeACaseOutOfAutomaticAuthority(String trigger) {
        BigDecimal amount = new BigDecimal("1000000.00");
        var b = CreditPolicy.Borrower.clean("A", new BigDecimal("0.0050"),
                FRESH_STATEMENT);
        var exposures = trigger.equals("groupLimit") ? new ExposureLimits.Exposures(BigDecimal.ZERO,
                new BigDecimal("14500000"), 4, BigDecimal.ZERO, 1, "C", BigDecimal.ZERO, BigDecimal.ZERO) : NONE;
        UUID guarantor = UUID.randomUUID();
        var support = trigger.equals("guarantorInCircle") ? SUPPORT.assess(amount, List.of(
                new CreditSupportAssessment.Item(CreditSupportType.GUARANTEE_CORPORATE, amount, TODAY,
                        BigDecimal.ZERO, guarantor)), Set.of(guarantor), TODAY)
                : SUPPORT.assess(amount, List.of(), Set.of(), TODAY);
        CreditPolicy.Decision d = POLICY.decide(new CreditPolicy.Case(amount, b, support,
                LIMITS.check(amount, exposures), TODAY));
        assertEquals(CreditPolicy.Outcome.REFERRED, d.outcome());
        assertEquals(AuthorityLevel.BRANCH, d.level());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("referral: ")), d.reasons().toString());
    }
}
