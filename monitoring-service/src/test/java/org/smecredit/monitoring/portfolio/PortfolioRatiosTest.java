package org.smecredit.monitoring.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NPL ratio = (substandard + doubtful + loss) / total exposure, special-mention ratio = special mention / total,
 * provision coverage = ECL / NPL exposure; 6 decimal places HALF_UP; undefined (null) when the denominator is zero.
 */
class PortfolioRatiosTest {

    @ParameterizedTest(name = "exposure {0}, SM {1}, NPL {2}, ECL {3} -> NPL {4}, SM {5}, coverage {6}")
    @CsvSource(nullValues = "null", value = {
            // exposure, special mention, NPL, ECL -> NPL ratio, SM ratio, coverage
            "1000000.00, 250000.00, 150000.00, 112100.00, 0.150000, 0.250000, 0.747333",   // 0.7473333.. rounds down
            "600000.00,  0.00,      0.00,      8100.00,   0.000000, 0.000000, null",       // no NPL: coverage undefined
            "0.00,       0.00,      0.00,      0.00,      null,     null,     null",       // empty book: nothing defined
            "3.00,       1.00,      2.00,      1.00,      0.666667, 0.333333, 0.500000",   // 0.6666666.. rounds up
            "8.00,       0.00,      1.00,      0.0000005, 0.125000, 0.000000, 0.000001",   // half rounds up (HALF_UP)
            "200000.00,  0.00,      200000.00, 300000.00, 1.000000, 0.000000, 1.500000",   // coverage above 100 %
    })
    void headlineRatios(BigDecimal exposure, BigDecimal specialMention, BigDecimal npl, BigDecimal ecl,
                        BigDecimal nplRatio, BigDecimal smRatio, BigDecimal coverage) {
        PortfolioRatios r = PortfolioRatios.of(exposure, specialMention, npl, ecl);
        assertEquals(nplRatio, r.nplRatio());
        assertEquals(smRatio, r.specialMentionRatio());
        assertEquals(coverage, r.provisionCoverage());
    }
}
