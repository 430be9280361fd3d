package org.smecredit.collections.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssignmentRuleTest {
    private static final List<AssignmentRule> RULES = List.of(
            AssignmentRule.parse("region=3301;officers=col.hangzhou"),
            AssignmentRule.parse("region=33|35;size=SMALL|MICRO;officers=col.sun.li|col.qian.yu"),
            AssignmentRule.parse("size=MEDIUM;officers=col.medium"));
    private static final List<String> EVERYONE = List.of("col.wang.fang", "col.zhao.lei");

    @ParameterizedTest(name = "region {0}, size {1}, open {2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // the first matching rule wins: a Hangzhou (3301xx) firm of any size goes to the city team
            "330106; SMALL; ; col.hangzhou",
            // Zhejiang (33) or Fujian (35) small and micro firms: the SME team, least loaded first
            "330282; MICRO; col.sun.li=2,col.qian.yu=1; col.qian.yu",
            "350203; SMALL; col.sun.li=1,col.qian.yu=1; col.sun.li",
            // medium firms anywhere
            "110108; MEDIUM; ; col.medium",
            // no rule matches: everyone, by workload
            "110108; SMALL; col.wang.fang=3; col.zhao.lei",
            // a region rule cannot match a borrower whose profile never arrived
            "null; null; ; col.wang.fang",
            // size known, region not: the size rule still applies
            "null; MEDIUM; ; col.medium",
            // size classes are compared without case
            "330282; micro; ; col.sun.li"
    })
    void routesByRegionAndSizeThenBalancesTheWorkload(String region, String size, String open, String expected) {
        Map<String, Long> counts = new java.util.HashMap<>();
        if (open != null && !open.isBlank()) {
            for (String pair : open.split(",")) {
                String[] kv = pair.split("=");
                counts.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
            }
        }
        assertEquals(expected, OfficerAssignment.pick(RULES, EVERYONE, region, size, counts).orElseThrow());
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(delimiter = '#', value = {"region=33", "region=33;team=a", "officers", "region=33;officers="})
    void aRuleThatCannotBeReadIsRefused(String rule) {
        assertThrows(IllegalArgumentException.class, () -> AssignmentRule.parse(rule));
    }
}
