package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpectedCreditLossTest {
    static final LocalDate AS_OF = LocalDate.parse("2026-01-01");

    /**
     * ECL = PD × LGD × EAD, HALF_UP to the fen. Stage 1: one-year PD; stage 2: lifetime PD 1 − (1 − PD)^T with T the
     * remaining years (Actual/365, at least 1); stage 3: PD 1.
     */
    @ParameterizedTest(name = "stage {0}, PD {1}, {2} days left, EAD {3} -> PD {4}, ECL {5}")
    @CsvSource({
            "1, 0.0125, 1095, 1000000.00, 0.01250000, 5625.00",
            // three years left: 1 − 0.9875^3 = 0.037033203125
            "2, 0.0125, 1095, 1000000.00, 0.03703320, 16664.94",
            // two years left: 1 − 0.9875^2 = 0.02484375
            "2, 0.0125, 730,  200000.00,  0.02484375, 2235.94",
            // less than a year left: lifetime is floored at one year, i.e. the one-year PD
            "2, 0.0125, 200,  1000000.00, 0.01250000, 5625.00",
            // past maturity still uses one year
            "2, 0.0125, -30,  1000000.00, 0.01250000, 5625.00",
            // credit-impaired: PD 1; 454,910.625 rounds HALF_UP
            "3, 0.0125, 1095, 1010912.50, 1.00000000, 454910.63"
    })
    void computesEclPerStage(int stage, String oneYearPd, int daysLeft, String ead, String pd, String ecl) {
        BigDecimal applied = ExpectedCreditLoss.probabilityOfDefault(stage, new BigDecimal(oneYearPd), AS_OF,
                AS_OF.plusDays(daysLeft));
        assertEquals(new BigDecimal(pd), applied);
        assertEquals(new BigDecimal(ecl), ExpectedCreditLoss.ecl(applied, new BigDecimal("0.45"), new BigDecimal(ead)));
    }

    @Test
    void rejectsAnUnknownStage() {
        assertThrows(IllegalArgumentException.class,
                () -> ExpectedCreditLoss.probabilityOfDefault(4, new BigDecimal("0.01"), AS_OF, AS_OF.plusYears(1)));
    }
}
