package org.smecredit.origination.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** When the book's totals by industry section may stand in for summing the whole book again. */
class BookSnapshotTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-28");
    static final Instant TAKEN = Instant.parse("2026-11-28T10:00:00Z");
    static final BorrowerFacts.BookSnapshot BOOK = new BorrowerFacts.BookSnapshot(DAY, TAKEN,
            Map.of("C", new BigDecimal[]{new BigDecimal("300.00"), new BigDecimal("50.00")}),
            new BigDecimal("1000.00"), new BigDecimal("200.00"));

    @Test
    void servesWhileYoungerThanTheMaximumAgeOnTheSameBusinessDate() {
        Duration fiveSeconds = Duration.ofSeconds(5);
        assertTrue(BOOK.servesFor(DAY, TAKEN, fiveSeconds));
        assertTrue(BOOK.servesFor(DAY, TAKEN.plusMillis(4_999), fiveSeconds));
        assertFalse(BOOK.servesFor(DAY, TAKEN.plusSeconds(5), fiveSeconds));
        // a new business date counts other offers and loans as live or expired
        assertFalse(BOOK.servesFor(DAY.plusDays(1), TAKEN, fiveSeconds));
        // zero: every decision sums the book
        assertFalse(BOOK.servesFor(DAY, TAKEN, Duration.ZERO));
    }

    @Test
    void aSectionWithoutExposureHasNoneButTheBookKeepsItsTotals() {
        assertArrayEquals(new Object[]{new BigDecimal("300.00"), new BigDecimal("50.00"), new BigDecimal("1000.00"),
                new BigDecimal("200.00")}, BOOK.row("C"));
        assertArrayEquals(new Object[]{BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1000.00"),
                new BigDecimal("200.00")}, BOOK.row("F"));
    }
}
