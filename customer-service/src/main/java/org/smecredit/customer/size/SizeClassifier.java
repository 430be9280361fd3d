package org.smecredit.customer.size;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Size class under 中小企业划型标准规定 (工信部联企业〔2011〕300号), thresholds read from data
 * ({@code size/miit-2011.json}, money in 万元). Rule per industry row: large when every indicator is at or above its
 * "large" bound (the notice's "SME if X below or Y below" negated); medium when every indicator is at or above the
 * medium bound; small likewise; otherwise micro (a micro firm needs only one indicator below the small bound).
 * Pure: no Quarkus.
 */
public final class SizeClassifier {
    public static final String RESOURCE = "size/miit-2011.json";
    private static final BigDecimal WAN = new BigDecimal("10000");

    public enum Indicator { EMPLOYEES, REVENUE, ASSETS }

    /** What the classifier reads: employees from the profile, revenue and total assets (CNY) from the statement. */
    public record Facts(Integer employees, BigDecimal revenue, BigDecimal totalAssets) {
        BigDecimal value(Indicator i) {
            return switch (i) {
                case EMPLOYEES -> employees == null ? null : BigDecimal.valueOf(employees);
                case REVENUE -> revenue;
                case ASSETS -> totalAssets;
            };
        }
    }

    record Row(List<Indicator> indicators, List<BigDecimal> large, List<BigDecimal> medium, List<BigDecimal> small) {
    }

    private final Map<String, Row> rows = new HashMap<>();

    public SizeClassifier(InputStream json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            root.path("groups").properties().forEach(e -> {
                List<Indicator> indicators = new ArrayList<>();
                e.getValue().path("indicators").forEach(n -> indicators.add(Indicator.valueOf(n.asText())));
                rows.put(e.getKey(), new Row(List.copyOf(indicators), bounds(e.getValue().path("large"), indicators),
                        bounds(e.getValue().path("medium"), indicators), bounds(e.getValue().path("small"), indicators)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SizeClassifier standard() {
        try (InputStream in = SizeClassifier.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing");
            }
            return new SizeClassifier(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BigDecimal> bounds(JsonNode values, List<Indicator> indicators) {
        if (values.size() != indicators.size()) {
            throw new IllegalArgumentException("one bound per indicator expected: " + values);
        }
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            BigDecimal v = values.get(i).decimalValue();
            out.add(indicators.get(i) == Indicator.EMPLOYEES ? v : v.multiply(WAN));
        }
        return List.copyOf(out);
    }

    /** The indicators an industry group's row reads. */
    public List<Indicator> indicators(String group) {
        return row(group).indicators();
    }

    /** The size class, or empty when an indicator the row needs is unknown. */
    public Optional<SizeClass> classify(String group, Facts facts) {
        Row row = row(group);
        List<BigDecimal> values = new ArrayList<>();
        for (Indicator i : row.indicators()) {
            BigDecimal v = facts.value(i);
            if (v == null) {
                return Optional.empty();
            }
            values.add(v);
        }
        if (allAtLeast(values, row.large())) {
            return Optional.of(SizeClass.LARGE);
        }
        if (allAtLeast(values, row.medium())) {
            return Optional.of(SizeClass.MEDIUM);
        }
        if (allAtLeast(values, row.small())) {
            return Optional.of(SizeClass.SMALL);
        }
        return Optional.of(SizeClass.MICRO);
    }

    private Row row(String group) {
        Row row = rows.get(group);
        if (row == null) {
            throw new IllegalArgumentException("no MIIT 2011 row for group " + group);
        }
        return row;
    }

    private static boolean allAtLeast(List<BigDecimal> values, List<BigDecimal> bounds) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).compareTo(bounds.get(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
