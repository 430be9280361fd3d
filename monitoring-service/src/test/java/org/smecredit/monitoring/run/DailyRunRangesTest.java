package org.smecredit.monitoring.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The daily run's workers split the loan ids into fixed ranges: together they must cover every id exactly once (a
 * loan in no range would never be assessed, one in two would be raced for), in PostgreSQL's uuid order (unsigned).
 */
class DailyRunRangesTest {

    /** PostgreSQL compares uuids byte by byte, unsigned: the order of the 128-bit number. */
    static BigInteger pg(UUID id) {
        return new BigInteger(1, new byte[]{
                (byte) (id.getMostSignificantBits() >>> 56), (byte) (id.getMostSignificantBits() >>> 48),
                (byte) (id.getMostSignificantBits() >>> 40), (byte) (id.getMostSignificantBits() >>> 32),
                (byte) (id.getMostSignificantBits() >>> 24), (byte) (id.getMostSignificantBits() >>> 16),
                (byte) (id.getMostSignificantBits() >>> 8), (byte) id.getMostSignificantBits(),
                (byte) (id.getLeastSignificantBits() >>> 56), (byte) (id.getLeastSignificantBits() >>> 48),
                (byte) (id.getLeastSignificantBits() >>> 40), (byte) (id.getLeastSignificantBits() >>> 32),
                (byte) (id.getLeastSignificantBits() >>> 24), (byte) (id.getLeastSignificantBits() >>> 16),
                (byte) (id.getLeastSignificantBits() >>> 8), (byte) id.getLeastSignificantBits()});
    }

    @ParameterizedTest(name = "{0} workers")
    @ValueSource(ints = {1, 2, 3, 4, 7})
    void rangesAreContiguousDisjointAndCoverEveryId(int workers) {
        List<UUID[]> ranges = DailyRunService.idRanges(workers);
        assertEquals(workers, ranges.size());
        assertEquals(new UUID(0L, 0L), ranges.get(0)[0]);
        assertEquals(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"), ranges.get(workers - 1)[1]);
        for (int k = 0; k < workers; k++) {
            assertTrue(pg(ranges.get(k)[0]).compareTo(pg(ranges.get(k)[1])) < 0, "range " + k + " is not empty");
            if (k > 0) {
                assertEquals(ranges.get(k - 1)[1], ranges.get(k)[0],
                        "range " + k + " starts where " + (k - 1) + " ends");
            }
        }

        List<UUID> ids = new ArrayList<>(List.of(UUID.fromString("00000000-0000-0000-0000-000000000001"),
                UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("80000000-0000-0000-0000-000000000000"),
                UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("55555555-5555-5555-5555-555555555555"),
                UUID.fromString("55555555-5555-5555-5555-555555555556")));
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        int[] perRange = new int[workers];
        for (UUID id : ids) {
            int in = 0;
            for (int k = 0; k < workers; k++) {
                // RUN_BATCH: id > start AND id <= end
                if (pg(id).compareTo(pg(ranges.get(k)[0])) > 0 && pg(id).compareTo(pg(ranges.get(k)[1])) <= 0) {
                    in++;
                    perRange[k]++;
                }
            }
            assertEquals(1, in, id + " is in exactly one range");
        }
        // random (version 4) ids spread about evenly: no worker idles while another does the book
        for (int k = 0; k < workers; k++) {
            assertTrue(perRange[k] > ids.size() / workers / 2,
                    "range " + k + " holds " + perRange[k] + " of " + ids.size());
        }
    }
}
