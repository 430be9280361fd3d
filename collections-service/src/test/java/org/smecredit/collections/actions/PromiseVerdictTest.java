package org.smecredit.collections.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseVerdictTest {

    @ParameterizedTest(name = "promised {0} by {2}, recovered {1}, today {3} -> {4}")
    @CsvSource({
            // nothing paid, before and on the due date: no verdict yet (the due date itself is in time)
            "50000.00, 0.00,     2027-03-31, 2027-03-30, ''",
            "50000.00, 0.00,     2027-03-31, 2027-03-31, ''",
            // the day after the due date without the money: broken
            "50000.00, 0.00,     2027-03-31, 2027-04-01, BROKEN",
            // part paid is still broken: the shortfall is the signal
            "50000.00, 49999.99, 2027-03-31, 2027-04-01, BROKEN",
            // paid in full before the due date: kept at once
            "50000.00, 50000.00, 2027-03-31, 2027-03-15, KEPT",
            // paid more (several recoveries in the window): kept
            "50000.00, 60000.00, 2027-03-31, 2027-04-10, KEPT",
            // partial payment before the due date: wait
            "50000.00, 20000.00, 2027-03-31, 2027-03-20, ''",
    })
    void judgesAPromiseOnTheBusinessDate(String promised, String recovered, String due, String today, String expected) {
        var verdict = PromiseVerdict.of(new BigDecimal(promised), new BigDecimal(recovered), LocalDate.parse(due),
                LocalDate.parse(today));
        assertEquals(expected, verdict.map(Enum::name).orElse(""));
    }

    @ParameterizedTest(name = "promised {0}, recovered {1} -> shortfall {2}")
    @CsvSource({"50000.00, 0.00, 50000.00", "50000.00, 20000.00, 30000.00", "50000.00, 60000.00, 0.00"})
    void theShortfallIsWhatIsMissingNeverNegative(String promised, String recovered, String shortfall) {
        assertEquals(new BigDecimal(shortfall), PromiseVerdict.shortfall(new BigDecimal(promised), new BigDecimal(recovered)));
    }
}
