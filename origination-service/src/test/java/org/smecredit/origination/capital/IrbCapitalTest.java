package org.smecredit.origination.capital;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IRB corporate risk-weight function against the test vectors of ../shared/domain-facts.md (LGD 45 %, M 2.5,
 * RW = K × 12.5 without the 1.06), which reproduce the Basel II Annex 5 illustrative table (1 % PD: 92.32 %
 * corporate, 72.39 % SME at S = EUR 5m).
 */
class IrbCapitalTest {
    private static final IrbCapital BASEL = new IrbCapital(new BigDecimal("0.0003"), BigDecimal.ONE);

    @ParameterizedTest(name = "PD {0}, S {1}: R {2}, b {3}, K {4}, RW {5}")
    @CsvSource({
            "0.0003, ,  0.23821, 0.31683, 0.01155, 0.1444",
            "0.0003, 5, 0.19821, 0.31683, 0.00904, 0.1130",
            "0.0100, ,  0.19278, 0.13749, 0.07385, 0.9232",
            "0.0100, 5, 0.15278, 0.13749, 0.05792, 0.7239",
            "0.0500, ,  0.12985, 0.07988, 0.11988, 1.4985",
            "0.0500, 5, 0.08985, 0.07988, 0.08981, 1.1226"})
    void reproducesTheBaselTestVectors(double pd, Double sales, double r, double b, double k, double rw) {
        IrbCapital.Result result = BASEL.compute(pd, 0.45, 2.5, sales);
        assertEquals(r, result.correlation(), 0.000005, "R");
        assertEquals(b, result.maturityAdjustment(), 0.000005, "b");
        assertEquals(k, result.capitalRequirement(), 0.000005, "K");
        assertEquals(rw, result.riskWeight(), 0.00005, "RW");
    }

    @ParameterizedTest(name = "S {0} EUR m: correlation reduced by {1}")
    @CsvSource({"1, 0.04", "5, 0.04", "27.5, 0.02", "50, 0", "200, 0"})
    void theFirmSizeAdjustmentRunsFromFourPointsAtFiveMillionToNoneAtFifty(double sales, double reduction) {
        double corporate = BASEL.compute(0.01, 0.45, 2.5, null).correlation();
        assertEquals(reduction, corporate - BASEL.compute(0.01, 0.45, 2.5, sales).correlation(), 1e-12);
    }

    @Test
    void appliesThePdFloorAndTheBaselTwoScalingFactor() {
        IrbCapital basel2 = new IrbCapital(new BigDecimal("0.0003"), new BigDecimal("1.06"));
        // below the floor is priced at the floor (Basel II ¶285)
        assertEquals(BASEL.compute(0.0003, 0.45, 2.5, null).riskWeight(),
                BASEL.compute(0.0001, 0.45, 2.5, null).riskWeight(), 1e-15);
        // domain-facts: × 1.06 gives 97.86 % / 76.74 % at 1 %
        assertEquals(0.9786, basel2.compute(0.01, 0.45, 2.5, null).riskWeight(), 0.00005);
        assertEquals(0.7674, basel2.compute(0.01, 0.45, 2.5, 5.0).riskWeight(), 0.00005);
    }

    @Test
    void aDefaultedExposureCarriesNoUnexpectedLossCapital() {
        assertEquals(0, BASEL.compute(1.0, 0.45, 2.5, null).capitalRequirement());
    }

    @Test
    void theNormalDistributionRoundTrips() {
        assertEquals(3.090232306167813, NormalDistribution.inverseCdf(0.999), 1e-12);
        for (double p : new double[] {0.0003, 0.01, 0.3, 0.5, 0.9, 0.999}) {
            assertEquals(p, NormalDistribution.cdf(NormalDistribution.inverseCdf(p)), 1e-14);
        }
    }
}
