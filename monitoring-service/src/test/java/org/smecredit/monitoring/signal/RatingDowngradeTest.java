package org.smecredit.monitoring.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingDowngradeTest {

    @ParameterizedTest(name = "{0} -> {1}: {2} notches, {3}")
    @CsvSource({
            "BBB, BB, 1, MEDIUM",
            "BBB, B, 2, HIGH",
            "AAA, C, 8, HIGH",
            // into default is HIGH even one notch down
            "C, D, 1, HIGH",
            "BB, BBB, -1, ",
            "BB, BB, 0, ",
            // unknown grades and a first rating are not judged
            ", BB, 0, ",
            "X, BB, 0, ",
    })
    void countsNotchesOnTheMasterScale(String previous, String grade, int notches, Severity severity) {
        assertEquals(notches, RatingDowngrade.notches(previous, grade));
        Severity s = RatingDowngrade.severity(previous, grade, 2);
        if (severity == null) {
            assertNull(s);
        } else {
            assertEquals(severity, s);
        }
    }
}
