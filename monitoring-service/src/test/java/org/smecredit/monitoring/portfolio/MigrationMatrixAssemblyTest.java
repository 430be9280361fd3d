package org.smecredit.monitoring.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The dense matrix built from the cells the SQL found: state order, NEW / CLOSED, totals that reconcile. */
class MigrationMatrixAssemblyTest {
    static final LocalDate FROM = LocalDate.parse("2026-06-30");
    static final LocalDate TO = LocalDate.parse("2026-12-31");

    @Test
    void gradesAreOrderedByTheirPdThenByName() {
        Map<String, BigDecimal> pd = new LinkedHashMap<>();
        pd.put("B", new BigDecimal("0.0800"));
        pd.put(PortfolioSql.NEW, null);
        pd.put("AA", new BigDecimal("0.0010"));
        pd.put(PortfolioSql.CLOSED, null);
        pd.put("X", null);
        pd.put("BBB", new BigDecimal("0.0100"));
        pd.put("BBB-", new BigDecimal("0.0100"));
        assertEquals(List.of("AA", "BBB", "BBB-", "B", "X"), PortfolioService.states(MigrationBasis.GRADE, pd));
        assertEquals(List.of("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS"),
                PortfolioService.states(MigrationBasis.CATEGORY, Map.of()));
    }

    @Test
    void randomCellsReconcileToBothBooks() {
        Random random = new Random(42);
        List<String> states = List.of("NORMAL", "SPECIAL_MENTION", "SUBSTANDARD", "DOUBTFUL", "LOSS");
        for (int round = 0; round < 50; round++) {
            Map<String, Map<String, MigrationMatrix.Cell>> found = new HashMap<>();
            Map<String, Integer> fromLoans = new HashMap<>();
            Map<String, BigDecimal> fromExposure = new HashMap<>();
            Map<String, BigDecimal> toExposure = new HashMap<>();
            for (int i = 0; i < 12; i++) {
                String r = random.nextInt(6) == 5 ? PortfolioSql.NEW : states.get(random.nextInt(5));
                String c = random.nextInt(6) == 5 && !r.equals(PortfolioSql.NEW) ? PortfolioSql.CLOSED
                        : states.get(random.nextInt(5));
                int loans = 1 + random.nextInt(9);
                BigDecimal from = r.equals(PortfolioSql.NEW) ? BigDecimal.ZERO.setScale(2)
                        : BigDecimal.valueOf(random.nextInt(10_000_000), 2);
                BigDecimal to = c.equals(PortfolioSql.CLOSED) ? BigDecimal.ZERO.setScale(2)
                        : BigDecimal.valueOf(random.nextInt(10_000_000), 2);
                MigrationMatrix.Cell cell = new MigrationMatrix.Cell(loans, from, to);
                found.computeIfAbsent(r, k -> new HashMap<>()).merge(c, cell, MigrationMatrix.Cell::plus);
                if (!r.equals(PortfolioSql.NEW)) {
                    fromLoans.merge(r, loans, Integer::sum);
                    fromExposure.merge(r, from, BigDecimal::add);
                }
                if (!c.equals(PortfolioSql.CLOSED)) {
                    toExposure.merge(c, to, BigDecimal::add);
                }
            }
            MigrationMatrix m = PortfolioService.matrix(FROM, TO, MigrationBasis.CATEGORY, states, found);
            assertEquals(6, m.matrix().size());
            m.matrix().values().forEach(row -> assertEquals(m.columns(), List.copyOf(row.keySet())));
            for (String s : states) {
                assertEquals(fromLoans.getOrDefault(s, 0), m.rowTotals().get(s).loans());
                assertEquals(fromExposure.getOrDefault(s, BigDecimal.ZERO.setScale(2)), m.rowTotals().get(s).fromExposure());
                assertEquals(toExposure.getOrDefault(s, BigDecimal.ZERO.setScale(2)), m.columnTotals().get(s).toExposure());
            }
            assertEquals(fromExposure.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    m.fromBook().exposure());
            assertEquals(toExposure.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    m.toBook().exposure());
            // every loan is in exactly one cell: the row totals and the column totals count the same loans
            int byRows = m.rowTotals().values().stream().mapToInt(MigrationMatrix.Cell::loans).sum();
            int byColumns = m.columnTotals().values().stream().mapToInt(MigrationMatrix.Cell::loans).sum();
            assertEquals(byRows, byColumns);
            assertEquals(m.fromBook().loans() + m.rowTotals().get(PortfolioSql.NEW).loans(), byRows);
            assertEquals(m.toBook().loans() + m.columnTotals().get(PortfolioSql.CLOSED).loans(), byColumns);
        }
    }

    @Test
    void cohortLabels() {
        assertEquals("2026-03", CohortPeriod.MONTH.label(LocalDate.parse("2026-03-01")));
        assertEquals("2026-Q1", CohortPeriod.QUARTER.label(LocalDate.parse("2026-01-01")));
        assertEquals("2026-Q4", CohortPeriod.QUARTER.label(LocalDate.parse("2026-10-01")));
    }
}
