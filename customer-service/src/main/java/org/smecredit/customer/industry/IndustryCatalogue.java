package org.smecredit.customer.industry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GB/T 4754-2017 industry codes and their MIIT 2011 size-standard group, read from data
 * ({@code industry/gbt4754-2017.json}), not code. Pure: no Quarkus.
 */
public final class IndustryCatalogue {
    public static final String RESOURCE = "industry/gbt4754-2017.json";

    private final Map<Character, int[]> sections = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final String defaultGroup;

    public IndustryCatalogue(InputStream json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            root.path("sections").properties().forEach(e -> sections.put(e.getKey().charAt(0),
                    new int[] {e.getValue().get(0).asInt(), e.getValue().get(1).asInt()}));
            root.path("miitGroups").properties().forEach(e -> groups.put(e.getKey(), e.getValue().asText()));
            defaultGroup = root.path("defaultGroup").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndustryCatalogue standard() {
        try (InputStream in = IndustryCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            return new IndustryCatalogue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the code is not a known GB/T 4754-2017 code, or empty when it is. */
    public Optional<String> problem(String code) {
        if (code == null || !code.matches("^[A-T](\\d{2,4})?$")) {
            return Optional.of("must be a GB/T 4754 code: section letter A-T plus optional 2-4 digits, e.g. C33");
        }
        int[] range = sections.get(code.charAt(0));
        if (range == null) {
            return Optional.of("GB/T 4754-2017 has no section " + code.charAt(0));
        }
        if (code.length() > 1) {
            int division = Integer.parseInt(code.substring(1, 3));
            if (division < range[0] || division > range[1]) {
                return Optional.of("GB/T 4754-2017 section " + code.charAt(0) + " has no division "
                        + code.substring(1, 3) + " (divisions " + String.format("%02d-%02d", range[0], range[1]) + ")");
            }
        }
        return Optional.empty();
    }

    /** The MIIT 2011 size-standard group of a valid code: the group of its longest listed prefix. */
    public String miitGroup(String code) {
        for (int len = code.length(); len >= 1; len--) {
            String group = groups.get(code.substring(0, len));
            if (group != null) {
                return group;
            }
        }
        return defaultGroup;
    }
}
