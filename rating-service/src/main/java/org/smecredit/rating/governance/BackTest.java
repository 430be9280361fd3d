package org.smecredit.rating.governance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smecredit.rating.rating.Grade;

/**
 * Back-test of the grades: for the ratings issued in a window, how the defaults monitoring later reported spread
 * across grades, against each grade's PD. One observation per customer — its last rating in the window — so that a
 * customer re-rated five times does not count five times; it counts as defaulted when a loan of it defaulted
 * after that rating and within the horizon (12 months: the PD is a one-year PD, Basel II ¶285's floor applies to it).
 */
public final class BackTest {
    /** A rating issued: the customer, its grade and the business date. */
    public record Observation(UUID customerId, String grade, LocalDate ratedOn) {
    }

    /** One grade's line: customers, defaults, observed rate, the grade's PD and the defaults that PD expects. */
    public record GradeLine(String grade, BigDecimal pd, int customers, int defaults, BigDecimal defaultRate,
                            BigDecimal expectedDefaults) {
    }

    /** The report: the window, the horizon, a line per grade (best first) and the portfolio totals. */
    public record Report(LocalDate from, LocalDate to, int horizonMonths, List<GradeLine> grades, int customers,
                         int defaults, BigDecimal defaultRate, BigDecimal expectedDefaults) {
    }

    private BackTest() {
    }

    public static Report run(List<Grade> scale, Collection<Observation> ratings, Map<UUID, List<LocalDate>> defaults,
                             LocalDate from, LocalDate to, int horizonMonths) {
        Map<UUID, Observation> lastPerCustomer = new HashMap<>();
        for (Observation o : ratings) {
            if (o.ratedOn().isBefore(from) || o.ratedOn().isAfter(to)) {
                continue;
            }
            lastPerCustomer.merge(o.customerId(), o,
                    (a, b) -> Comparator.comparing(Observation::ratedOn).compare(a, b) >= 0 ? a : b);
        }
        Map<String, int[]> counts = new HashMap<>();
        for (Observation o : lastPerCustomer.values()) {
            LocalDate end = o.ratedOn().plusMonths(horizonMonths);
            boolean defaulted = defaults.getOrDefault(o.customerId(), List.of()).stream()
                    .anyMatch(d -> d.isAfter(o.ratedOn()) && !d.isAfter(end));
            int[] c = counts.computeIfAbsent(o.grade(), g -> new int[2]);
            c[0]++;
            if (defaulted) {
                c[1]++;
            }
        }
        List<GradeLine> lines = new ArrayList<>();
        int customers = 0;
        int defaulted = 0;
        BigDecimal expected = BigDecimal.ZERO;
        for (Grade g : scale) {
            int[] c = counts.getOrDefault(g.code(), new int[2]);
            BigDecimal e = g.pd().multiply(BigDecimal.valueOf(c[0])).setScale(2, RoundingMode.HALF_UP);
            lines.add(new GradeLine(g.code(), g.pd(), c[0], c[1], rate(c[1], c[0]), e));
            customers += c[0];
            defaulted += c[1];
            expected = expected.add(e);
        }
        return new Report(from, to, horizonMonths, lines, customers, defaulted, rate(defaulted, customers), expected);
    }

    private static BigDecimal rate(int defaults, int customers) {
        return customers == 0 ? null
                : BigDecimal.valueOf(defaults).divide(BigDecimal.valueOf(customers), 6, RoundingMode.HALF_UP);
    }
}
