package org.smecredit.monitoring.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smecredit.monitoring.watchlist.WatchListEntry;
import org.smecredit.monitoring.watchlist.WatchListStatus;
import org.smecredit.platform.problem.ProblemException;

/** The signal's and the watch-list entry's state machines. */
class EarlyWarningSignalTest {
    static final Instant NOW = Instant.parse("2026-11-28T04:00:00Z");

    static EarlyWarningSignal open() {
        EarlyWarningSignal s = new EarlyWarningSignal();
        s.id = UUID.randomUUID();
        s.status = SignalStatus.OPEN;
        return s;
    }

    @Test
    void movesOpenToAcknowledgedToResolved() {
        EarlyWarningSignal s = open();
        s.acknowledge("risk.li", "looking", NOW);
        assertEquals(SignalStatus.ACKNOWLEDGED, s.status);
        assertEquals("risk.li", s.acknowledgedBy);
        s.resolve("risk.zhou", "cured", NOW.plusSeconds(60));
        assertEquals(SignalStatus.RESOLVED, s.status);
        assertEquals("cured", s.resolutionNote);
    }

    @Test
    void refusesEveryOtherMoveWith409() {
        EarlyWarningSignal s = open();
        assertEquals(409, assertThrows(ProblemException.class, () -> s.resolve("risk.li", "skip", NOW)).status());
        s.acknowledge("risk.li", null, NOW);
        assertEquals(409, assertThrows(ProblemException.class, () -> s.acknowledge("risk.li", null, NOW)).status());
        s.resolve("risk.li", "done", NOW);
        assertEquals(409, assertThrows(ProblemException.class, () -> s.resolve("risk.li", "again", NOW)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> s.acknowledge("risk.li", null, NOW)).status());
        assertEquals(SignalStatus.RESOLVED, s.status);
    }

    @Test
    void aRemovedWatchListEntryCannotChangeOrBeRemovedAgain() {
        WatchListEntry e = new WatchListEntry();
        e.id = UUID.randomUUID();
        e.status = WatchListStatus.ACTIVE;
        e.owner = "risk-team";
        e.change("rm.wang", LocalDate.parse("2026-12-31"), NOW);
        assertEquals("rm.wang", e.owner);
        e.change(null, LocalDate.parse("2027-01-31"), NOW);
        assertEquals("rm.wang", e.owner);
        assertEquals(LocalDate.parse("2027-01-31"), e.reviewOn);
        e.remove("risk.li", "cured", LocalDate.parse("2026-12-01"), NOW);
        assertEquals(WatchListStatus.REMOVED, e.status);
        assertEquals(409, assertThrows(ProblemException.class, () -> e.remove("risk.li", "x", null, NOW)).status());
        assertEquals(409, assertThrows(ProblemException.class, () -> e.change("x", null, NOW)).status());
    }

    @Test
    void highAndCriticalFeedTheWatchList() {
        assertEquals(false, Severity.MEDIUM.watchListed());
        assertEquals(true, Severity.HIGH.watchListed());
        assertEquals(true, Severity.CRITICAL.watchListed());
    }
}
