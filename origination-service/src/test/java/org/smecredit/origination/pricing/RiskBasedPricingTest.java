package org.smecredit.origination.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskBasedPricingTest {
    private static final BigDecimal LPR = new BigDecimal("0.0300");
    /** Basel II ¶287: foundation-IRB LGD of senior claims on corporates without recognised collateral. */
    private static final BigDecimal LGD_FIRB_SENIOR_UNSECURED = new BigDecimal("0.45");
    private static final BigDecimal COST = new BigDecimal("0.0050");
    private static final BigDecimal MARGIN = new BigDecimal("0.0100");

    private final RiskBasedPricing pricing = new RiskBasedPricing(LPR, LGD_FIRB_SENIOR_UNSECURED, COST, MARGIN);

    @ParameterizedTest(name = "PD {0}: premium {1}, rate {2}")
    @CsvSource({
            // 0.03 + 0.0125 × 0.45 + 0.005 + 0.01 = 0.050625
            "0.0125, 0.005625,   0.0506",
            // Basel PD floor 0.03 %: 0.045135
            "0.0003, 0.000135,   0.0451",
            // 0.05625: HALF_UP, not HALF_EVEN (which would give 0.0562)
            "0.0250, 0.011250,   0.0563",
            // 0.045495 rounds up at the fifth decimal
            "0.0011, 0.000495,   0.0455",
            // the policy's maximum PD: 0.072
            "0.0600, 0.027000,   0.0720"})
    void addsExpectedLossOperatingCostAndMarginToTheLpr(BigDecimal pd, BigDecimal premium, BigDecimal rate) {
        PriceBreakdown p = pricing.price(pd, new BigDecimal("0.0350"), new BigDecimal("0.1200"));
        assertEquals(0, premium.compareTo(p.riskPremium()), "PD × LGD");
        assertEquals(rate, p.computedRate());
        assertEquals(rate, p.annualRate());
        assertEquals(PriceBreakdown.Bound.NONE, p.bound());
        assertEquals(LPR, p.lpr());
        assertEquals(LGD_FIRB_SENIOR_UNSECURED, p.lgd());
        assertEquals(COST, p.operatingCost());
        assertEquals(MARGIN, p.margin());
    }

    @ParameterizedTest(name = "PD {0} in [{1}, {2}]: {3} ({4})")
    @CsvSource({
            "0.0003, 0.0500, 0.1200, 0.0500, FLOOR",
            "0.0600, 0.0350, 0.0600, 0.0600, CAP",
            "0.0600, 0.0350, 0.0720, 0.0720, NONE",
            "0.0003, 0.0451, 0.1200, 0.0451, NONE"})
    void staysWithinTheProductFloorAndCap(BigDecimal pd, BigDecimal floor, BigDecimal cap, BigDecimal rate,
                                          PriceBreakdown.Bound bound) {
        PriceBreakdown p = pricing.price(pd, floor, cap);
        assertEquals(rate, p.annualRate());
        assertEquals(bound, p.bound());
        assertEquals(floor, p.rateFloor());
        assertEquals(cap, p.rateCap());
    }

    @Test
    void aLowerLgdLowersTheRiskPremium() {
        // Basel III final: 40 % for non-financial corporates
        RiskBasedPricing basel3 = new RiskBasedPricing(LPR, new BigDecimal("0.40"), COST, MARGIN);
        assertEquals(new BigDecimal("0.0500"),
                basel3.price(new BigDecimal("0.0125"), new BigDecimal("0.0350"), new BigDecimal("0.1200")).annualRate());
    }

    @Test
    void refusesProbabilitiesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class,
                () -> pricing.price(new BigDecimal("1.01"), BigDecimal.ZERO, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> new RiskBasedPricing(LPR, new BigDecimal("1.2"), COST, MARGIN));
    }
}
