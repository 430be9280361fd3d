package org.smecredit.collections.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficerAssignmentTest {

    @ParameterizedTest(name = "officers {0}, open cases {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            // nobody has a case: the first listed
            "wang,zhao,chen; ; wang",
            // the least loaded wins
            "wang,zhao,chen; wang=3,zhao=1,chen=2; zhao",
            // ties go to the one listed first: dealt out in turn
            "wang,zhao,chen; wang=1; zhao",
            "wang,zhao,chen; wang=1,zhao=1; chen",
            "wang,zhao,chen; wang=1,zhao=1,chen=1; wang",
            // counts of people no longer configured do not matter
            "wang,zhao; li=0,wang=2,zhao=2; wang",
            // nobody configured: unassigned
            "; wang=1; ''"
    })
    void givesTheNextCaseToTheCollectorWithFewestOpenCases(String officers, String counts, String expected) {
        List<String> list = officers == null ? List.of() : Arrays.asList(officers.split(","));
        Map<String, Long> open = new HashMap<>();
        if (counts != null) {
            for (String pair : counts.split(",")) {
                String[] kv = pair.split("=");
                open.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        assertEquals(expected, OfficerAssignment.pick(list, open).orElse(""));
    }
}
