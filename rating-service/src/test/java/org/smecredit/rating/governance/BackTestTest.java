package org.smecredit.rating.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smecredit.rating.rating.MasterScale;

class BackTestTest {
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    final MasterScale scale = MasterScale.standard();

    static BackTest.GradeLine line(BackTest.Report r, String grade) {
        return r.grades().stream().filter(l -> l.grade().equals(grade)).findFirst().orElseThrow();
    }

    @Test
    void countsDefaultsWithinTheHorizonAfterTheCustomersLastRatingInTheWindow() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        List<BackTest.Observation> ratings = List.of(
                new BackTest.Observation(a, "BBB", LocalDate.of(2025, 2, 1)),
                new BackTest.Observation(a, "BB", LocalDate.of(2025, 6, 1)),   // a's last rating in the window
                new BackTest.Observation(b, "BB", LocalDate.of(2025, 3, 1)),
                new BackTest.Observation(c, "BB", LocalDate.of(2025, 3, 1)),
                new BackTest.Observation(d, "BB", LocalDate.of(2024, 12, 31))); // before the window
        Map<UUID, List<LocalDate>> defaults = Map.of(
                a, List.of(LocalDate.of(2026, 6, 1)),    // exactly 12 months later: counts
                b, List.of(LocalDate.of(2026, 3, 2)),    // 12 months and a day: outside the horizon
                d, List.of(LocalDate.of(2025, 5, 1)));   // not observed
        BackTest.Report r = BackTest.run(scale.grades(), ratings, defaults, FROM, TO, 12);

        assertEquals(0, line(r, "BBB").customers());
        assertEquals(3, line(r, "BB").customers());
        assertEquals(1, line(r, "BB").defaults());
        assertEquals(new BigDecimal("0.333333"), line(r, "BB").defaultRate());
        assertEquals(scale.byCode("BB").orElseThrow().pd(), line(r, "BB").pd());
        assertNull(line(r, "AAA").defaultRate());
        assertEquals(3, r.customers());
        assertEquals(1, r.defaults());
        assertEquals(scale.grades().size(), r.grades().size());
    }

    @Test
    void expectedDefaultsAreCustomersTimesTheGradePd() {
        List<BackTest.Observation> ratings = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> new BackTest.Observation(UUID.randomUUID(), "B", LocalDate.of(2025, 5, 1))).toList();
        BackTest.Report r = BackTest.run(scale.grades(), ratings, Map.of(), FROM, TO, 12);
        BigDecimal pdB = scale.byCode("B").orElseThrow().pd();
        assertEquals(pdB.multiply(BigDecimal.valueOf(200)).setScale(2, java.math.RoundingMode.HALF_UP),
                line(r, "B").expectedDefaults());
        assertEquals(new BigDecimal("0.000000"), line(r, "B").defaultRate());
    }

    @Test
    void aDefaultBeforeTheRatingDoesNotCount() {
        UUID a = UUID.randomUUID();
        BackTest.Report r = BackTest.run(scale.grades(),
                List.of(new BackTest.Observation(a, "CCC", LocalDate.of(2025, 6, 1))),
                Map.of(a, List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1))), FROM, TO, 12);
        assertEquals(0, line(r, "CCC").defaults());
    }
}
