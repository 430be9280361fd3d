package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.contracts.LoanCategory;

class LoanClassificationTest {

    /**
     * CBIRC/PBOC Order [2023] No. 1 floors: overdue beyond the 7-day technical grace → special mention; > 90 days →
     * substandard; > 270 → doubtful; > 360 → loss. IFRS 9: > 30 DPD → stage 2 (§5.5.11); > 90 DPD → stage 3
     * (§B5.5.37). Each boundary on both sides.
     */
    @ParameterizedTest(name = "{0} DPD -> {1}, stage {2}, default {3}")
    @CsvSource({
            "0,   NORMAL,          1, false",
            "1,   NORMAL,          1, false",
            "7,   NORMAL,          1, false",
            "8,   SPECIAL_MENTION, 1, false",
            "30,  SPECIAL_MENTION, 1, false",
            "31,  SPECIAL_MENTION, 2, false",
            "90,  SPECIAL_MENTION, 2, false",
            "91,  SUBSTANDARD,     3, true",
            "270, SUBSTANDARD,     3, true",
            "271, DOUBTFUL,        3, true",
            "360, DOUBTFUL,        3, true",
            "361, LOSS,            3, true"
    })
    void appliesTheOverdueFloorsAndStageBackstopsAtTheirBoundaries(int dpd, LoanCategory category, int stage,
                                                                   boolean isDefault) {
        assertEquals(category, LoanClassification.categoryFloor(dpd, 7));
        assertEquals(stage, LoanClassification.stage(dpd));
        assertEquals(isDefault, LoanClassification.isDefault(dpd));
    }

    @ParameterizedTest(name = "grace {0} days: {1} DPD -> {2}")
    @CsvSource({
            "0, 1, SPECIAL_MENTION",
            "0, 0, NORMAL",
            "3, 3, NORMAL",
            "3, 4, SPECIAL_MENTION",
            // the grace never reaches into the substandard floor
            "120, 91, SUBSTANDARD"
    })
    void theTechnicalGraceIsConfiguration(int graceDays, int dpd, LoanCategory category) {
        assertEquals(category, LoanClassification.categoryFloor(dpd, graceDays));
    }

    @org.junit.jupiter.api.Test
    void rejectsNegativeDaysPastDue() {
        assertThrows(IllegalArgumentException.class, () -> LoanClassification.categoryFloor(-1, 7));
    }
}
