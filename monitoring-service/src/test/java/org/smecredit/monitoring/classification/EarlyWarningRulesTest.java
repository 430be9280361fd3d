package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.monitoring.classification.EarlyWarningRules.Signal;

class EarlyWarningRulesTest {

    @ParameterizedTest(name = "signalled {0}, now {1} DPD -> raise [{2}], level {3}")
    @CsvSource({
            "0,  0,   '',                                0",
            "0,  1,   MISSED_INSTALLMENT,                1",
            "1,  29,  '',                                1",
            "1,  30,  DPD_30,                            30",
            "30, 59,  '',                                30",
            "30, 60,  DPD_60,                            60",
            "60, 90,  DPD_90,                            90",
            "90, 400, '',                                90",
            // a run that jumps thresholds raises each of them, lowest first
            "0,  65,  MISSED_INSTALLMENT DPD_30 DPD_60,  60",
            // back to current ends the episode; the next miss is a new first crossing
            "90, 0,   '',                                0"
    })
    void raisesEachThresholdTheFirstTimeAnEpisodeReachesIt(int signalled, int dpd, String raised, int level) {
        List<Signal> expected = raised.isBlank() ? List.of()
                : Arrays.stream(raised.trim().split("\\s+")).map(Signal::valueOf).toList();
        assertEquals(expected, EarlyWarningRules.newlyCrossed(signalled, dpd));
        assertEquals(level, EarlyWarningRules.levelAfter(signalled, dpd));
    }

    @Test
    void severitiesRiseWithTheDaysPastDue() {
        assertEquals(List.of("LOW", "MEDIUM", "HIGH", "CRITICAL"),
                Arrays.stream(Signal.values()).map(s -> s.severity).toList());
        assertEquals(List.of(1, 30, 60, 90), Arrays.stream(Signal.values()).map(s -> s.threshold).toList());
    }
}
