package org.smecredit.monitoring.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** The daily run's follow-up steps a day's signals one by one: order kept, nulls dropped, no stack depth per item. */
class SequentiallyTest {

    @Test
    void aLargeDayRunsInOrderWithoutOverflowingTheStack() {
        // a chain of nested Unis overflowed the stack at some ten thousand signals and the request hung
        List<Integer> items = IntStream.range(0, 200_000).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        List<Integer> out = SignalService.sequentially(items, i -> {
            seen.add(i);
            return Uni.createFrom().item(i * 2);
        }).await().atMost(Duration.ofSeconds(30));
        assertEquals(items, seen);
        assertEquals(200_000, out.size());
        assertEquals(399_998, out.get(199_999));
    }

    @Test
    void stepsThatRaiseNothingLeaveNoEntry() {
        // raiseAll: a signal whose dedup key was raised before comes back null
        List<String> out = SignalService.sequentially(List.of(1, 2, 3, 4),
                i -> Uni.createFrom().item(i % 2 == 0 ? "raised " + i : null)).await().indefinitely();
        assertEquals(List.of("raised 2", "raised 4"), out);
    }

    @Test
    void theNextStepWaitsForTheOneBefore() {
        List<String> log = new ArrayList<>();
        SignalService.sequentially(List.of("a", "b", "c"), s -> Uni.createFrom().item(s)
                .onItem().delayIt().by(Duration.ofMillis(s.equals("a") ? 60 : 1))
                .invoke(log::add)).await().atMost(Duration.ofSeconds(5));
        assertEquals(List.of("a", "b", "c"), log);
    }
}
