package org.smecredit.collections.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Pins the expected-NPV arithmetic of each option against hand-computed figures. Assumptions: {@link Assumptions#handy()}
 * (d = 12 % a year → DF(m) = 1.01^−m; DF(3) = 0.970590, DF(6) = 0.942045, DF(12) = 0.887449, DF(18) = 0.836017,
 * DF(24) = 0.787566). Exposure 1,000,000.00 unless stated.
 */
class DisposalStrategyTest {
    private static final BigDecimal E = new BigDecimal("1000000.00");
    private final DisposalStrategy strategy = new DisposalStrategy(Assumptions.handy());

    private static CaseFacts.Collateral realEstate(String value) {
        return new CaseFacts.Collateral(CollateralType.REAL_ESTATE, new BigDecimal(value), "factory building");
    }

    private static CaseFacts.RestructuringTerms terms(String rate, int months, String cure) {
        return new CaseFacts.RestructuringTerms(new BigDecimal(rate), months, new BigDecimal(cure));
    }

    @Test
    void restructuringAViableBorrowerBeatsEnforcingTheCollateral() {
        // New rate = discount rate, so the cured schedule is worth the exposure: PV = 1,000,000.
        // Enforcement = 1,000,000 × (1 − 0.30) × (1 − 0.05) × DF(18) − 20,000 = 665,000 × 0.8360173 − 20,000 = 535,951.51
        // Restructuring = 0.7 × 1,000,000 + 0.3 × 535,951.51 × DF(12) − 5,000 = 700,000 + 142,688.93 − 5,000 = 837,688.93
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(E, List.of(realEstate("1000000")), List.of(),
                terms("0.12", 36, "0.7"), null));

        assertMoney("535951.51", r.valuationOf(DisposalOption.COLLATERAL_ENFORCEMENT).npv());
        assertMoney("837688.93", r.valuationOf(DisposalOption.RESTRUCTURING).npv());
        Map<String, Object> used = r.valuationOf(DisposalOption.RESTRUCTURING).assumptions();
        assertEquals(new BigDecimal("1000000.00"), used.get("presentValueIfCured"));
        assertEquals("COLLATERAL_ENFORCEMENT", used.get("fallbackOnReDefault"));
        assertEquals(DisposalOption.RESTRUCTURING, r.recommended());
        assertContains(r.reason(), "RESTRUCTURING", "837688.93", "COLLATERAL_ENFORCEMENT", "535951.51",
                "301737.42 more");
    }

    @Test
    void enforcementBeatsRestructuringABorrowerUnlikelyToCure() {
        // 3 % over 60 months: A = 1,000,000 × 0.0025 / (1 − 1.0025^−60) = 17,968.69; PV at 1 %/month = 807,783.18
        // Restructuring = 0.1 × 807,783.18 + 0.9 × 535,951.51 × DF(12) − 5,000 = 503,845.09 < enforcement 535,951.51
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(E, List.of(realEstate("1000000")), List.of(),
                terms("0.03", 60, "0.1"), null));

        Map<String, Object> used = r.valuationOf(DisposalOption.RESTRUCTURING).assumptions();
        assertEquals(new BigDecimal("17968.69"), used.get("monthlyPayment"));
        assertEquals(new BigDecimal("807783.18"), used.get("presentValueIfCured"));
        assertMoney("503845.09", r.valuationOf(DisposalOption.RESTRUCTURING).npv());
        assertEquals(DisposalOption.COLLATERAL_ENFORCEMENT, r.recommended());
    }

    @Test
    void valuesSoftCollectionDebtSaleAndWriteOffAsDiscountedSharesLessCost() {
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(E, List.of(), List.of(), null, null));

        // 1,000,000 × 0.10 × DF(6) − 2,000 = 94,204.52 − 2,000
        assertMoney("92204.52", r.valuationOf(DisposalOption.SOFT_COLLECTION).npv());
        assertMoney("100000.00", r.valuationOf(DisposalOption.SOFT_COLLECTION).expectedRecovery());
        // 1,000,000 × 0.30 × DF(3) = 300,000 / 1.030301
        assertMoney("291177.04", r.valuationOf(DisposalOption.DEBT_SALE).npv());
        // 1,000,000 × 0.05 × DF(24)
        assertMoney("39378.31", r.valuationOf(DisposalOption.WRITE_OFF).npv());
    }

    @Test
    void anAmcQuoteReplacesTheConfiguredPrice() {
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(E, List.of(), List.of(), null, new BigDecimal("0.20")));
        // 200,000 × DF(3) = 194,118.03
        assertMoney("194118.03", r.valuationOf(DisposalOption.DEBT_SALE).npv());
        assertTrue(r.valuationOf(DisposalOption.DEBT_SALE).assumptions().containsKey("AMC quoted price share"));
    }

    @Test
    void guarantorClaimWeighsEachGuaranteeByItsPayProbabilityAndCapsAtTheExposure() {
        // 400,000 × 0.5 (configured default) = 200,000; × DF(12) − 10,000 = 177,489.85 − 10,000
        StrategyRecommendation one = strategy.evaluate(new CaseFacts(E, List.of(),
                List.of(new CaseFacts.Guarantee("Hengda Trading", new BigDecimal("400000"), null)), null, null));
        assertMoney("167489.85", one.valuationOf(DisposalOption.GUARANTOR_CLAIM).npv());

        // 800,000 × 0.5 + 1,500,000 × 0.9 = 1,750,000 → capped at 1,000,000; × DF(12) − 10,000
        StrategyRecommendation two = strategy.evaluate(new CaseFacts(E, List.of(), List.of(
                new CaseFacts.Guarantee("A", new BigDecimal("800000"), null),
                new CaseFacts.Guarantee("B", new BigDecimal("1500000"), new BigDecimal("0.9"))), null, null));
        assertMoney("1000000.00", two.valuationOf(DisposalOption.GUARANTOR_CLAIM).expectedRecovery());
        assertMoney("877449.23", two.valuationOf(DisposalOption.GUARANTOR_CLAIM).npv());
    }

    @Test
    void enforcementRealizesTheQuickestCollateralFirstAndStopsAtWhatIsOwed() {
        // Exposure 500,000: deposit 100,000 (no haircut, 1 month) first, then real estate 1,000,000 × 0.7 = 700,000
        // of which only the 400,000 still owed counts (18 months).
        // 100,000 × 0.95 × DF(1) + 400,000 × 0.95 × DF(18) − 20,000 = 94,059.41 + 317,686.58 − 20,000
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(new BigDecimal("500000.00"), List.of(
                realEstate("1000000"),
                new CaseFacts.Collateral(CollateralType.DEPOSIT, new BigDecimal("100000"), "pledged deposit")),
                List.of(), null, null));

        OptionValuation enforcement = r.valuationOf(DisposalOption.COLLATERAL_ENFORCEMENT);
        assertMoney("500000.00", enforcement.expectedRecovery());
        assertMoney("391745.99", enforcement.npv());
    }

    @Test
    void guarantorClaimAndEnforcementAreUnavailableWithoutGuaranteesOrCollateral() {
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(E, List.of(), List.of(), null, null));

        assertFalse(r.valuationOf(DisposalOption.GUARANTOR_CLAIM).available());
        assertNull(r.valuationOf(DisposalOption.GUARANTOR_CLAIM).npv());
        assertFalse(r.valuationOf(DisposalOption.COLLATERAL_ENFORCEMENT).available());
        assertEquals(Arrays.asList(DisposalOption.values()), r.options().stream().map(OptionValuation::option).toList());
    }

    @Test
    void restructuringFallsBackOnTheBestLiquidationWhenThereIsNoCollateral() {
        // Defaults: 6 % over 36 months, cure 0.5. Fallback = debt sale 291,177.04 (beats write-off 39,378.31).
        StrategyRecommendation r = strategy.evaluate(new CaseFacts(E, List.of(), List.of(), null, null));
        Map<String, Object> used = r.valuationOf(DisposalOption.RESTRUCTURING).assumptions();
        assertEquals(new BigDecimal("0.06"), used.get("newAnnualRate"));
        assertEquals(36, used.get("newTermMonths"));
        assertEquals("DEBT_SALE", used.get("fallbackOnReDefault"));
        // 0.5 × PV(36 × 30,421.94 at 1 %) 915,928.64 + 0.5 × 291,177.04 × DF(12) − 5,000
        assertMoney("582166.74", r.valuationOf(DisposalOption.RESTRUCTURING).npv());
    }

    @Test
    void aZeroRateScheduleRepaysTheExposureInEqualInstalments() {
        // 120,000 over 12 months at 0 %: 10,000 a month; PV at 1 %/month = 10,000 × (1 − 1.01^−12) / 0.01
        BigDecimal payment = DisposalStrategy.annuityPayment(new BigDecimal("120000"), BigDecimal.ZERO, 12);
        assertMoney("10000", payment);
        assertMoney("112550.77", DisposalStrategy.annuityPresentValue(payment, new BigDecimal("0.01"), 12)
                .setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aTieGoesToTheOptionThatLiquidatesLess() {
        // Cure certain at the discount rate: restructuring = 1,000,000 − 5,000; a guarantor certain to pay the
        // whole exposure at once is impossible to tie exactly, so tie soft collection against write-off instead:
        StrategyAssumptions a = Assumptions.handy();
        StrategyAssumptions tie = new StrategyAssumptions(a.discountRate(),
                new StrategyAssumptions.Recovery(new BigDecimal("0.9"), 0, BigDecimal.ZERO), a.restructuring(),
                a.guarantorClaim(), a.enforcement(), a.debtSale(),
                new StrategyAssumptions.Recovery(new BigDecimal("0.9"), 0, BigDecimal.ZERO));
        StrategyRecommendation r = new DisposalStrategy(tie).evaluate(new CaseFacts(E, List.of(), List.of(),
                terms("0", 1, "0"), null));
        // soft = write-off = 900,000; restructuring (cure 0) = 900,000 × DF(12) − 5,000 < 900,000
        assertEquals(DisposalOption.SOFT_COLLECTION, r.recommended());
        assertContains(r.reason(), "tie");
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThrows(IllegalArgumentException.class, () -> new CaseFacts(BigDecimal.ZERO, List.of(), List.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> terms("0.05", 12, "1.5"));
        assertThrows(IllegalArgumentException.class, () -> new CaseFacts(E, List.of(), List.of(), null, new BigDecimal("1.2")));
    }

    private static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "'" + text + "' lacks '" + part + "'");
        }
    }
}
