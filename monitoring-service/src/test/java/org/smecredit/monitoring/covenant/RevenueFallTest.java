package org.smecredit.monitoring.covenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class RevenueFallTest {
    static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.30");

    static BigDecimal fall(String revenue, String previous) {
        return RevenueFall.sharpFall(revenue == null ? null : new BigDecimal(revenue),
                previous == null ? null : new BigDecimal(previous), THIRTY_PERCENT);
    }

    @Test
    void aFallOfExactlyTheThresholdIsNotSharp() {
        assertNull(fall("7000000.00", "10000000.00"));
    }

    @Test
    void aFallBeyondTheThresholdIsSharpWithItsSize() {
        assertEquals(new BigDecimal("0.300001"), fall("6999990.00", "10000000.00"));
        assertEquals(new BigDecimal("0.400000"), fall("6000000.00", "10000000.00"));
        assertEquals(new BigDecimal("1.000000"), fall("0.00", "10000000.00"));
    }

    @Test
    void growthOrUnknownOrNonPositivePreviousRevenueIsNotJudged() {
        assertNull(fall("12000000.00", "10000000.00"));
        assertNull(fall(null, "10000000.00"));
        assertNull(fall("1.00", null));
        assertNull(fall("1.00", "0.00"));
        assertNull(fall("-5.00", "-1.00"));
    }
}
