package org.smecredit.origination.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.origination.capital.IrbCapital;

class RiskBasedPricingTest {
    private static final BigDecimal LPR = new BigDecimal("0.0300");
    /** Basel II ¶287: foundation-IRB LGD of senior claims on corporates without recognised collateral. */
    private static final BigDecimal LGD_UNSECURED = new BigDecimal("0.45");
    private static final BigDecimal COST = new BigDecimal("0.0050");
    private static final BigDecimal MARGIN = new BigDecimal("0.0050");
    private static final BigDecimal CAPITAL_RATIO = new BigDecimal("0.105");
    private static final BigDecimal HURDLE = new BigDecimal("0.12");
    private static final BigDecimal FLOOR = new BigDecimal("0.0350");
    private static final BigDecimal CAP = new BigDecimal("0.1200");

    private final RiskBasedPricing pricing = new RiskBasedPricing(LPR, COST, MARGIN, CAPITAL_RATIO, HURDLE,
            new BigDecimal("2.5"), new IrbCapital(new BigDecimal("0.0003"), BigDecimal.ONE));

    /**
     * The hand-computed example: PD 1 %, LGD 45 %, an SME with EUR 5m sales.
     * EL = 0.01 × 0.45 = 0.0045; RW (Basel II Annex 5, SME column) = 72.3947 %;
     * capital charge = 0.723947 × 0.105 × 0.12 = 0.0091217322;
     * rate = 0.03 + 0.0045 + 0.0091217322 + 0.005 + 0.005 = 0.0536217322 → 0.0536 (HALF_UP to the basis point).
     */
    @Test
    void pricesTheHandComputedExample() {
        PriceBreakdown p = pricing.price(new BigDecimal("0.01"), LGD_UNSECURED, new BigDecimal("5"), FLOOR, CAP);
        assertEquals(0, new BigDecimal("0.0045").compareTo(p.riskPremium()));
        assertEquals(new BigDecimal("0.723947"), p.riskWeight());
        assertEquals(0, new BigDecimal("0.0091217322").compareTo(p.capitalCharge()), p.capitalCharge().toPlainString());
        assertEquals(new BigDecimal("0.0536"), p.computedRate());
        assertEquals(new BigDecimal("0.0536"), p.annualRate());
        assertEquals(PriceBreakdown.Bound.NONE, p.bound());
        assertEquals(CAPITAL_RATIO, p.capitalRatio());
        assertEquals(HURDLE, p.hurdleRate());
    }

    @ParameterizedTest(name = "PD {0}, LGD {1}, sales {2}: RW {3}, rate {4}")
    @CsvSource({
            // corporate (sales unknown): 0.03 + 0.005625 + 0.996656 × 0.0126 + 0.01 = 0.0581829 → 0.0582
            "0.0125, 0.45, ,       0.996656, 0.0582",
            // 0.03 + 0.0018 + 0.627177 × 0.0126 + 0.01 = 0.0497024 → 0.0497
            "0.0040, 0.45, ,       0.627177, 0.0497",
            // 0.03 + 0.0135 + 1.284377 × 0.0126 + 0.01 = 0.0696832 → 0.0697
            "0.0300, 0.45, ,       1.284377, 0.0697",
            // SME sales EUR 15.3846m (CNY 120m at 7.80): 0.03 + 0.005625 + 0.827761 × 0.0126 + 0.01 → 0.0561
            "0.0125, 0.45, 15.3846, 0.827761, 0.0561"})
    void addsExpectedLossCapitalChargeOperatingCostAndMarginToTheLpr(BigDecimal pd, BigDecimal lgd,
                                                                    BigDecimal sales, BigDecimal rw, BigDecimal rate) {
        PriceBreakdown p = pricing.price(pd, lgd, sales, FLOOR, CAP);
        assertEquals(rw, p.riskWeight());
        assertEquals(0, pd.multiply(lgd).compareTo(p.riskPremium()), "PD × LGD");
        assertEquals(rate, p.annualRate());
    }

    @Test
    void collateralLowersBothTheExpectedLossAndTheCapitalCharge() {
        PriceBreakdown unsecured = pricing.price(new BigDecimal("0.0125"), LGD_UNSECURED, null, FLOOR, CAP);
        PriceBreakdown secured = pricing.price(new BigDecimal("0.0125"), new BigDecimal("0.35"), null, FLOOR, CAP);
        assertEquals(-1, secured.riskPremium().compareTo(unsecured.riskPremium()));
        assertEquals(-1, secured.capitalCharge().compareTo(unsecured.capitalCharge()));
        // RW is linear in LGD: 0.996656 × 35/45 = 0.775177
        assertEquals(new BigDecimal("0.775177"), secured.riskWeight());
    }

    @ParameterizedTest(name = "PD {0} in [{1}, {2}]: {3} ({4})")
    @CsvSource({
            "0.0003, 0.0500, 0.1200, 0.0500, FLOOR",
            "0.0600, 0.0350, 0.0600, 0.0600, CAP",
            "0.0003, 0.0350, 0.1200, 0.0420, NONE"})
    void staysWithinTheProductFloorAndCap(BigDecimal pd, BigDecimal floor, BigDecimal cap, BigDecimal rate,
                                          PriceBreakdown.Bound bound) {
        PriceBreakdown p = pricing.price(pd, LGD_UNSECURED, null, floor, cap);
        assertEquals(rate, p.annualRate());
        assertEquals(bound, p.bound());
    }

    @Test
    void refusesProbabilitiesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class,
                () -> pricing.price(new BigDecimal("1.01"), LGD_UNSECURED, null, FLOOR, CAP));
        assertThrows(IllegalArgumentException.class,
                () -> pricing.price(new BigDecimal("0.01"), new BigDecimal("1.2"), null, FLOOR, CAP));
    }
}
