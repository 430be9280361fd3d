package org.smecredit.collections.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RealizedLgdTest {

    @ParameterizedTest(name = "EAD {0}, recovered {1} -> realized LGD {2}")
    @CsvSource({
            // the contract sample: 1 − 720,000.00 / 1,010,912.50 = 0.28777… → 0.2878
            "1010912.50, 720000.00, 0.2878",
            // nothing recovered: the whole exposure is lost
            "1010912.50, 0.00, 1.0000",
            // recovered exactly the exposure
            "1010912.50, 1010912.50, 0.0000",
            // over-recovery (penalty interest, collateral surplus) floors the loss at 0, never negative
            "1010912.50, 1100000.00, 0.0000",
            // 8,764.50 / 10,000 = 0.87645: HALF_UP gives 0.8765 (HALF_EVEN would give 0.8764)
            "10000.00, 1235.50, 0.8765",
            // 0.87644999… stays 0.8764
            "10000.00, 1235.51, 0.8764",
            // one cent recovered of 3 cents: 2/3 = 0.66666… → 0.6667
            "0.03, 0.01, 0.6667",
            // F-IRB senior unsecured reference value, Basel II ¶287: 45 % lost when 55 % recovered
            "1000000.00, 550000.00, 0.4500"
    })
    void isTheUnrecoveredShareOfTheExposureRoundedHalfUpToFourDecimals(String ead, String recovered, String lgd) {
        BigDecimal result = RealizedLgd.of(new BigDecimal(ead), new BigDecimal(recovered));
        assertEquals(new BigDecimal(lgd), result);
        assertEquals(4, result.scale());
    }

    @Test
    void needsAPositiveExposureAndANonNegativeRecovery() {
        assertThrows(IllegalArgumentException.class, () -> RealizedLgd.of(BigDecimal.ZERO, BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> RealizedLgd.of(new BigDecimal("100.00"),
                new BigDecimal("-0.01")));
    }

    @ParameterizedTest(name = "principal {0} + overdue interest {1} = EAD {2}")
    @CsvSource({
            "1000000.00, 10912.50, 1010912.50",
            "1000000, 0, 1000000.00",
            "0.004, 0.001, 0.01",
            "250000.00, 0.00, 250000.00"
    })
    void exposureAtDefaultIsOutstandingPrincipalPlusOverdueInterestInCents(String principal, String interest,
                                                                         String ead) {
        BigDecimal result = ExposureAtDefault.of(new BigDecimal(principal), new BigDecimal(interest));
        assertEquals(new BigDecimal(ead), result);
    }
}
