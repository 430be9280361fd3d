package org.smecredit.collections.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.smecredit.collections.cases.CaseOutcome;
import org.smecredit.collections.strategy.DisposalOption;

/**
 * Recovery by disposal strategy, by main collateral type and by collector over closed cases, and the
 * cured-vs-liquidated split the background study asks for ("excessive disposal of risk assets": a low cured share
 * with a low recovery rate under liquidation is the warning sign). Pure. Recovered amounts include recoveries after
 * a write-off (the bank keeps its claim).
 *
 * <ul>
 *   <li>Recovery rate = Σ recovered / Σ exposure at default, HALF_UP to 4 decimals (undiscounted).</li>
 *   <li>Time to recovery = mean of (closed on − opened on) in days, HALF_UP to 1 decimal.</li>
 *   <li>Liquidated: written off, or closed while enforcement, debt sale or write-off was the strategy in effect.
 *       Cured: not liquidated and repaid in full (the firm carried on). Other: settled without liquidation.</li>
 * </ul>
 */
public final class RecoveryReport {
    /** Cases closed with no strategy chosen are reported under this key. */
    public static final String NO_STRATEGY = "NONE";
    /** Cases without collateral entered are reported under this collateral type. */
    public static final String NO_COLLATERAL = "NONE";
    /** Cases nobody was assigned to are reported under this collector. */
    public static final String UNASSIGNED = "UNASSIGNED";

    private RecoveryReport() {
    }

    /** One closed case as the report needs it; {@code strategy} null when none was chosen. */
    public record ClosedCase(DisposalOption strategy, CaseOutcome outcome, BigDecimal exposureAtDefault,
                             BigDecimal recovered, LocalDate openedOn, LocalDate closedOn, String collateralType,
                             String officer) {
        public ClosedCase {
            Objects.requireNonNull(outcome);
            Objects.requireNonNull(exposureAtDefault);
            Objects.requireNonNull(recovered);
            collateralType = collateralType == null ? NO_COLLATERAL : collateralType;
            officer = officer == null ? UNASSIGNED : officer;
        }

        public ClosedCase(DisposalOption strategy, CaseOutcome outcome, BigDecimal exposureAtDefault,
                          BigDecimal recovered, LocalDate openedOn, LocalDate closedOn) {
            this(strategy, outcome, exposureAtDefault, recovered, openedOn, closedOn, null, null);
        }

        boolean liquidated() {
            return outcome == CaseOutcome.WRITTEN_OFF || (strategy != null && strategy.liquidates());
        }

        boolean cured() {
            return !liquidated() && outcome == CaseOutcome.REPAID_IN_FULL;
        }
    }

    public record Row(String strategy, int cases, BigDecimal exposureAtDefault, BigDecimal recovered,
                      BigDecimal recoveryRate, BigDecimal averageDaysToClose) {
    }

    public record Report(int closedCases, BigDecimal exposureAtDefault, BigDecimal recovered, BigDecimal recoveryRate,
                         int cured, int liquidated, int other, BigDecimal curedShare, BigDecimal liquidatedShare,
                         List<Row> byStrategy, List<GroupRow> byCollateralType, List<GroupRow> byOfficer) {
    }

    /** A row of the report by main collateral type ({@code group} = type or NONE) or by collector. */
    public record GroupRow(String group, int cases, BigDecimal exposureAtDefault, BigDecimal recovered,
                           BigDecimal recoveryRate, BigDecimal averageDaysToClose) {
    }

    public static Report of(List<ClosedCase> cases) {
        Map<String, List<ClosedCase>> groups = new LinkedHashMap<>();
        for (DisposalOption o : DisposalOption.values()) {
            groups.put(o.name(), new ArrayList<>());
        }
        groups.put(NO_STRATEGY, new ArrayList<>());
        for (ClosedCase c : cases) {
            groups.get(c.strategy() == null ? NO_STRATEGY : c.strategy().name()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((strategy, list) -> {
            if (!list.isEmpty()) {
                rows.add(row(strategy, list));
            }
        });
        Row all = row("ALL", cases);
        int cured = (int) cases.stream().filter(ClosedCase::cured).count();
        int liquidated = (int) cases.stream().filter(ClosedCase::liquidated).count();
        return new Report(cases.size(), all.exposureAtDefault(), all.recovered(), all.recoveryRate(), cured,
                liquidated, cases.size() - cured - liquidated, share(cured, cases.size()),
                share(liquidated, cases.size()), rows, rowsBy(cases, ClosedCase::collateralType),
                rowsBy(cases, ClosedCase::officer));
    }

    /** Rows per key, in key order (the {@code strategy} column holds the key). */
    private static List<GroupRow> rowsBy(List<ClosedCase> cases, java.util.function.Function<ClosedCase, String> key) {
        Map<String, List<ClosedCase>> groups = new java.util.TreeMap<>();
        for (ClosedCase c : cases) {
            groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
        }
        List<GroupRow> rows = new ArrayList<>();
        groups.forEach((k, list) -> {
            Row r = row(k, list);
            rows.add(new GroupRow(k, r.cases(), r.exposureAtDefault(), r.recovered(), r.recoveryRate(),
                    r.averageDaysToClose()));
        });
        return rows;
    }

    private static Row row(String strategy, List<ClosedCase> list) {
        BigDecimal ead = list.stream().map(ClosedCase::exposureAtDefault).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal recovered = list.stream().map(ClosedCase::recovered).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = ead.signum() == 0 ? null : recovered.divide(ead, 4, RoundingMode.HALF_UP);
        BigDecimal days = list.isEmpty() ? null : BigDecimal.valueOf(list.stream()
                        .mapToLong(c -> ChronoUnit.DAYS.between(c.openedOn(), c.closedOn())).sum())
                .divide(BigDecimal.valueOf(list.size()), 1, RoundingMode.HALF_UP);
        return new Row(strategy, list.size(), ead, recovered, rate, days);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
