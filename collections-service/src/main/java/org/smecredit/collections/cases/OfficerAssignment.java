package org.smecredit.collections.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets a new case: the team of the first assignment rule the borrower's region and size class match (else all
 * configured collectors), and in it the collector with the fewest open cases; ties go to the one listed first.
 * With equal workloads this deals cases out in turn (round robin); a collector who closes cases gets the next ones.
 */
public final class OfficerAssignment {
    private OfficerAssignment() {
    }

    /**
     * @param officers       configured collectors, in tie-break order
     * @param openCaseCounts open cases per collector (collectors not in the map have none)
     * @return the collector, or empty when none is configured
     */
    public static Optional<String> pick(List<AssignmentRule> rules, List<String> officers, String regionCode,
                                        String sizeClass, Map<String, Long> openCaseCounts) {
        List<String> team = rules.stream().filter(r -> r.matches(regionCode, sizeClass)).findFirst()
                .map(AssignmentRule::officers).orElse(officers);
        return pick(team, openCaseCounts);
    }

    public static Optional<String> pick(List<String> officers, Map<String, Long> openCaseCounts) {
        String best = null;
        long bestCount = Long.MAX_VALUE;
        for (String officer : officers) {
            if (officer == null || officer.isBlank()) {
                continue;
            }
            long count = openCaseCounts.getOrDefault(officer, 0L);
            if (count < bestCount) {
                best = officer;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }
}
