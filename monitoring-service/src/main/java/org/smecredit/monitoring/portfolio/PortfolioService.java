package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.LoanCategory;
import org.smecredit.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Portfolio metrics from the daily runs' history: one SQL statement per request ({@link PortfolioSql}). */
@ApplicationScoped
public class PortfolioService {
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final Pool database;

    public PortfolioService(Pool database) {
        this.database = database;
    }

    /** The book as of {@code date}'s completed run, or of the latest completed run when {@code date} is null. */
    public Uni<PortfolioView> snapshot(LocalDate date) {
        return database.preparedQuery(PortfolioSql.SNAPSHOT).execute(Tuple.of(date)).map(rows -> {
            LocalDate asOf = null;
            // every class, in regulatory order (normal .. loss), also when it holds no loan
            Map<String, Slice> byCategory = new LinkedHashMap<>();
            Map<Integer, Slice> byStage = new TreeMap<>();
            Map<String, Slice> byGrade = new TreeMap<>();
            List<Slice> industries = new ArrayList<>();
            List<Slice> regions = new ArrayList<>();
            List<Slice> sizeClasses = new ArrayList<>();
            for (LoanCategory c : LoanCategory.values()) {
                byCategory.put(c.name(), new Slice(c.name(), 0, ZERO, ZERO, ZERO));
            }
            for (Row row : rows) {
                asOf = row.getLocalDate("as_of");
                String key = row.getString("key");
                if (key == null) {
                    continue;
                }
                Slice e = new Slice(key, row.getInteger("loans"), row.getBigDecimal("exposure"),
                        row.getBigDecimal("npl_exposure"), row.getBigDecimal("ecl"));
                switch (row.getString("dimension")) {
                    case "category" -> byCategory.put(key, e);
                    case "stage" -> byStage.put(Integer.valueOf(key), e);
                    case "grade" -> byGrade.put(key, e);
                    case "industry" -> industries.add(e);
                    case "region" -> regions.add(e);
                    default -> sizeClasses.add(e);
                }
            }
            if (asOf == null && date != null) {
                throw ProblemException.notFound("completed daily run of", date);
            }
            return view(asOf, byCategory, byStage, byGrade, industries, regions, sizeClasses);
        });
    }

    /**
     * The migration matrix between the completed runs of {@code from} and {@code to}, by five-category class or by
     * grade. 404 when either date has no completed run.
     */
    public Uni<MigrationMatrix> migration(LocalDate from, LocalDate to, MigrationBasis by) {
        String sql = by == MigrationBasis.GRADE ? PortfolioSql.MIGRATION_BY_GRADE : PortfolioSql.MIGRATION_BY_CATEGORY;
        return database.preparedQuery(sql).execute(Tuple.of(from, to)).map(rows -> {
            Map<String, Map<String, MigrationMatrix.Cell>> found = new LinkedHashMap<>();
            Map<String, BigDecimal> lowestPd = new LinkedHashMap<>();
            boolean fromDone = false;
            boolean toDone = false;
            for (Row row : rows) {
                fromDone = row.getBoolean("from_done");
                toDone = row.getBoolean("to_done");
                String fromState = row.getString("from_state");
                if (fromState == null) {
                    continue;
                }
                String toState = row.getString("to_state");
                found.computeIfAbsent(fromState, k -> new LinkedHashMap<>()).put(toState, new MigrationMatrix.Cell(
                        row.getInteger("loans"), row.getBigDecimal("from_exposure"), row.getBigDecimal("to_exposure")));
                lowestPd(lowestPd, fromState, row.getBigDecimal("from_pd"));
                lowestPd(lowestPd, toState, row.getBigDecimal("to_pd"));
            }
            if (!fromDone) {
                throw ProblemException.notFound("completed daily run of", from);
            }
            if (!toDone) {
                throw ProblemException.notFound("completed daily run of", to);
            }
            return matrix(from, to, by, states(by, lowestPd), found);
        });
    }

    /**
     * Vintage default curves by disbursement {@code cohort} as of {@code asOf} (null: the latest completed run). 400
     * naming asOf when it is after the latest completed run (defaults after it are not known yet).
     */
    public Uni<VintageCurves> vintages(LocalDate asOf, CohortPeriod cohort) {
        return database.preparedQuery(PortfolioSql.VINTAGES).execute(Tuple.of(asOf, cohort.sqlField())).map(rows -> {
            LocalDate observed = null;
            LocalDate lastRun = null;
            Map<LocalDate, VintageCurves.Cohort> cohorts = new LinkedHashMap<>();
            for (Row row : rows) {
                observed = row.getLocalDate("as_of");
                lastRun = row.getLocalDate("last_run");
                LocalDate start = row.getLocalDate("cohort_start");
                if (start == null) {
                    continue;
                }
                int loans = row.getInteger("loans");
                BigDecimal amount = row.getBigDecimal("amount");
                VintageCurves.Cohort c = cohorts.computeIfAbsent(start, s -> new VintageCurves.Cohort(
                        cohort.label(s), s, row.getLocalDate("cohort_end"), loans, amount, new ArrayList<>()));
                Integer mob = row.getInteger("mob");
                if (mob == null) {
                    continue;
                }
                int defaulted = row.getInteger("defaulted_loans");
                BigDecimal defaultedAmount = row.getBigDecimal("defaulted_amount");
                c.points().add(new VintageCurves.Point(mob, defaulted, defaultedAmount,
                        PortfolioRatios.ratio(BigDecimal.valueOf(defaulted), BigDecimal.valueOf(loans)),
                        PortfolioRatios.ratio(defaultedAmount, amount)));
            }
            if (asOf != null && (lastRun == null || asOf.isAfter(lastRun))) {
                throw ProblemException.badRequest("asOf", "asOf (" + asOf + ") is after the latest completed daily run ("
                        + lastRun + "): defaults after it are not known yet");
            }
            return new VintageCurves(observed, cohort.name().toLowerCase(Locale.ROOT),
                    List.copyOf(cohorts.values()));
        });
    }

    /** The headline metrics of each completed run from {@code from} to {@code to} (inclusive), oldest first. */
    public Uni<List<PortfolioPoint>> history(LocalDate from, LocalDate to) {
        return database.preparedQuery(PortfolioSql.HISTORY).execute(Tuple.of(from, to)).map(rows -> {
            List<PortfolioPoint> points = new ArrayList<>();
            for (Row row : rows) {
                BigDecimal exposure = row.getBigDecimal("exposure");
                BigDecimal sm = row.getBigDecimal("special_mention_exposure");
                BigDecimal npl = row.getBigDecimal("npl_exposure");
                BigDecimal ecl = row.getBigDecimal("ecl");
                PortfolioRatios r = PortfolioRatios.of(exposure, sm, npl, ecl);
                points.add(new PortfolioPoint(row.getLocalDate("business_date"), row.getInteger("loans"), exposure, sm,
                        npl, ecl, r.nplRatio(), r.specialMentionRatio(), r.provisionCoverage()));
            }
            return points;
        });
    }

    /** A slice as read: the whole book's exposure is needed before its share can be computed. */
    private record Slice(String key, int loans, BigDecimal exposure, BigDecimal nplExposure, BigDecimal ecl) {
        Exposure of(BigDecimal total) {
            return new Exposure(loans, exposure, ecl, nplExposure, PortfolioRatios.ratio(nplExposure, exposure),
                    PortfolioRatios.ratio(exposure, total));
        }
    }

    private static PortfolioView view(LocalDate asOf, Map<String, Slice> byCategory, Map<Integer, Slice> byStage,
                                      Map<String, Slice> byGrade, List<Slice> industries, List<Slice> regions,
                                      List<Slice> sizeClasses) {
        int loans = 0;
        BigDecimal exposure = ZERO;
        BigDecimal ecl = ZERO;
        BigDecimal npl = ZERO;
        for (Slice s : byCategory.values()) {
            loans += s.loans();
            exposure = exposure.add(s.exposure());
            ecl = ecl.add(s.ecl());
            npl = npl.add(s.nplExposure());
        }
        BigDecimal sm = byCategory.get(LoanCategory.SPECIAL_MENTION.name()).exposure();
        PortfolioRatios r = PortfolioRatios.of(exposure, sm, npl, ecl);
        return new PortfolioView(asOf, loans, exposure, sm, npl, ecl, r.nplRatio(), r.specialMentionRatio(),
                r.provisionCoverage(), shares(byCategory, exposure), shares(byStage, exposure), shares(byGrade, exposure),
                largestFirst(industries, exposure), largestFirst(regions, exposure), largestFirst(sizeClasses, exposure));
    }

    private static <K> Map<K, Exposure> shares(Map<K, Slice> slices, BigDecimal total) {
        Map<K, Exposure> out = slices instanceof TreeMap ? new TreeMap<>() : new LinkedHashMap<>();
        slices.forEach((k, s) -> out.put(k, s.of(total)));
        return out;
    }

    /** Largest exposure first; equal exposures by key. */
    private static Map<String, Exposure> largestFirst(List<Slice> slices, BigDecimal total) {
        Map<String, Exposure> out = new LinkedHashMap<>();
        slices.stream()
                .sorted(Comparator.comparing(Slice::exposure).reversed().thenComparing(Slice::key))
                .forEach(s -> out.put(s.key(), s.of(total)));
        return out;
    }

    private static void lowestPd(Map<String, BigDecimal> lowest, String state, BigDecimal pd) {
        if (pd != null) {
            lowest.merge(state, pd, BigDecimal::min);
        } else {
            lowest.putIfAbsent(state, null);
        }
    }

    /**
     * The states of the matrix without NEW / CLOSED: all five classes in regulatory order, or the grades found in
     * either book from the lowest PD to the highest (a grade of the master scale carries one PD), then by name.
     */
    static List<String> states(MigrationBasis by, Map<String, BigDecimal> lowestPd) {
        if (by == MigrationBasis.CATEGORY) {
            return Arrays.stream(LoanCategory.values()).map(Enum::name).toList();
        }
        return lowestPd.keySet().stream()
                .filter(s -> !s.equals(PortfolioSql.NEW) && !s.equals(PortfolioSql.CLOSED))
                .sorted(Comparator.comparing((String s) -> lowestPd.get(s),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    static MigrationMatrix matrix(LocalDate from, LocalDate to, MigrationBasis by, List<String> states,
                                          Map<String, Map<String, MigrationMatrix.Cell>> found) {
        MigrationMatrix.Cell empty = new MigrationMatrix.Cell(0, ZERO, ZERO);
        List<String> rowStates = new ArrayList<>(states);
        rowStates.add(PortfolioSql.NEW);
        List<String> columnStates = new ArrayList<>(states);
        columnStates.add(PortfolioSql.CLOSED);
        Map<String, Map<String, MigrationMatrix.Cell>> matrix = new LinkedHashMap<>();
        Map<String, MigrationMatrix.Cell> rowTotals = new LinkedHashMap<>();
        Map<String, MigrationMatrix.Cell> columnTotals = new LinkedHashMap<>();
        columnStates.forEach(c -> columnTotals.put(c, empty));
        for (String r : rowStates) {
            Map<String, MigrationMatrix.Cell> row = new LinkedHashMap<>();
            MigrationMatrix.Cell rowTotal = empty;
            for (String c : columnStates) {
                MigrationMatrix.Cell cell = found.getOrDefault(r, Map.of()).getOrDefault(c, empty);
                row.put(c, cell);
                rowTotal = rowTotal.plus(cell);
                columnTotals.merge(c, cell, MigrationMatrix.Cell::plus);
            }
            matrix.put(r, row);
            rowTotals.put(r, rowTotal);
        }
        int fromLoans = 0;
        BigDecimal fromExposure = ZERO;
        for (String s : states) {
            fromLoans += rowTotals.get(s).loans();
            fromExposure = fromExposure.add(rowTotals.get(s).fromExposure());
        }
        int toLoans = 0;
        BigDecimal toExposure = ZERO;
        for (String s : states) {
            toLoans += columnTotals.get(s).loans();
            toExposure = toExposure.add(columnTotals.get(s).toExposure());
        }
        return new MigrationMatrix(from, to, by.name().toLowerCase(Locale.ROOT), List.copyOf(rowStates),
                List.copyOf(columnStates), matrix, rowTotals, columnTotals,
                new MigrationMatrix.Book(fromLoans, fromExposure), new MigrationMatrix.Book(toLoans, toExposure));
    }
}
