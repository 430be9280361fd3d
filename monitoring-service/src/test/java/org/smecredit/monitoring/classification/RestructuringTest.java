package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.contracts.LoanCategory;

/** Restructured assets, CBIRC/PBOC Order [2023] No. 1 Arts. 17-21: the observation period and the floor in it. */
class RestructuringTest {
    static final LocalDate START = LocalDate.parse("2024-03-31");
    static final LocalDate UNTIL = LocalDate.parse("2025-03-31");

    static Optional<Restructuring.Observation> observing(LoanCategory prior) {
        return Optional.of(new Restructuring.Observation(START, UNTIL, 12, prior, null));
    }

    @ParameterizedTest(name = "before {0}: floor {1} while observed")
    @CsvSource({
            "NORMAL,          SPECIAL_MENTION",
            "SPECIAL_MENTION, SPECIAL_MENTION",
            "SUBSTANDARD,     SUBSTANDARD",
            "DOUBTFUL,        DOUBTFUL",
            "LOSS,            LOSS"
    })
    void performingBeforeIsAtLeastSpecialMentionAndAnNplIsNotUpgraded(LoanCategory prior, LoanCategory floor) {
        assertEquals(floor, Restructuring.floor(observing(prior)));
        // over: no floor
        assertEquals(LoanCategory.NORMAL, Restructuring.floor(Optional.of(
                new Restructuring.Observation(START, UNTIL, 12, prior, UNTIL))));
        assertEquals(LoanCategory.NORMAL, Restructuring.floor(Optional.empty()));
    }

    @Test
    void theObservationPeriodIsAtLeastOneYearAndTwoRepaymentPeriods() {
        // monthly: one year dominates; end-of-month dates clamp as the calendar does
        assertEquals(LocalDate.parse("2025-03-31"), Restructuring.observationUntil(START, START.plusMonths(1), 12));
        assertEquals(LocalDate.parse("2025-02-28"), Restructuring.observationUntil(LocalDate.parse("2024-02-29"), null, 12));
        // annual repayments: the second repayment date is later than one year
        assertEquals(LocalDate.parse("2026-03-31"), Restructuring.observationUntil(START, START.plusYears(2), 12));
        assertEquals(LocalDate.parse("2025-09-30"), Restructuring.observationUntil(START, START.plusMonths(1), 18));
        assertThrows(IllegalArgumentException.class, () -> Restructuring.observationUntil(START, null, 11));
    }

    @ParameterizedTest(name = "{0} at {1} DPD -> until {2}, ended {3}")
    @CsvSource({
            // current before the end: runs on
            "2024-06-30, 0,  2025-03-31, ",
            // within the technical grace: not non-performance
            "2024-06-30, 7,  2025-03-31, ",
            // non-performance restarts the period from the date
            "2024-06-30, 8,  2025-06-30, 2024-06-30",
            // served and current: ends on that date
            "2025-03-31, 0,  2025-03-31, ",
            "2025-04-02, 0,  2025-04-02, ",
            // served but overdue: restarts
            "2025-04-02, 9,  2026-04-02, 2025-04-02",
            // served, overdue within the grace: neither ends nor restarts
            "2025-04-02, 3,  2025-03-31, "
    })
    void restartsOnNonPerformanceAndEndsWhenServedAndCurrent(LocalDate asOf, int dpd, LocalDate until,
                                                              LocalDate restartedOn) {
        var after = Restructuring.after(observing(LoanCategory.SUBSTANDARD), asOf, dpd, 7).orElseThrow();
        boolean ends = dpd == 0 && !asOf.isBefore(UNTIL);
        assertEquals(ends ? asOf : null, after.endedOn());
        assertEquals(ends ? UNTIL : until, after.until());
        assertEquals(restartedOn != null ? restartedOn : START, after.start());
        // an ended period stays ended
        var ended = Optional.of(new Restructuring.Observation(START, UNTIL, 12, LoanCategory.SUBSTANDARD, UNTIL));
        assertEquals(ended, Restructuring.after(ended, asOf, dpd, 7));
    }
}
