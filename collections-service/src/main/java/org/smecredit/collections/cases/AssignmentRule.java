package org.smecredit.collections.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule that routes a borrower's cases to a team of collectors by region and size class, written in
 * {@code collections.assignment-rules} as {@code region=33|3502;size=SMALL|MICRO;officers=col.sun.li|col.qian.yu}.
 * {@code region} lists GB/T 2260 code prefixes (two digits: a province, four: a prefecture); {@code size} lists MIIT
 * 2011 size classes. A part left out matches any borrower; {@code officers} is required.
 */
public record AssignmentRule(List<String> regionPrefixes, Set<String> sizeClasses, List<String> officers) {

    public AssignmentRule {
        regionPrefixes = List.copyOf(regionPrefixes);
        sizeClasses = Set.copyOf(sizeClasses);
        officers = List.copyOf(officers);
        if (officers.isEmpty()) {
            throw new IllegalArgumentException("an assignment rule needs officers");
        }
    }

    /** Whether the borrower (region code and size class, either unknown as null) falls under this rule. */
    public boolean matches(String regionCode, String sizeClass) {
        boolean regionOk = regionPrefixes.isEmpty()
                || (regionCode != null && regionPrefixes.stream().anyMatch(regionCode::startsWith));
        boolean sizeOk = sizeClasses.isEmpty()
                || (sizeClass != null && sizeClasses.contains(sizeClass.toUpperCase(Locale.ROOT)));
        return regionOk && sizeOk;
    }

    /** @throws IllegalArgumentException naming the rule when it cannot be read (startup fails) */
    public static AssignmentRule parse(String rule) {
        List<String> regions = List.of();
        Set<String> sizes = Set.of();
        List<String> officers = List.of();
        for (String part : rule.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("assignment rule '" + rule + "': '" + part + "' is not key=value");
            }
            List<String> values = Arrays.stream(kv[1].split("\\|")).map(String::strip).filter(v -> !v.isEmpty())
                    .toList();
            switch (kv[0].strip()) {
                case "region" -> regions = values;
                case "size" -> sizes = values.stream().map(v -> v.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
                case "officers" -> officers = values;
                default -> throw new IllegalArgumentException("assignment rule '" + rule + "': unknown key '" + kv[0]
                        + "' (region, size, officers)");
            }
        }
        if (officers.isEmpty()) {
            throw new IllegalArgumentException("assignment rule '" + rule + "' names no officers");
        }
        return new AssignmentRule(regions, sizes, officers);
    }
}
