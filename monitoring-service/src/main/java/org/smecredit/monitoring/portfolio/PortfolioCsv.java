package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** CSV for the risk committee (RFC 4180: header row, CRLF line ends, empty field for null). */
final class PortfolioCsv {
    static final String SNAPSHOT_HEADER = "as_of,dimension,key,loans,exposure,ecl,ratio,npl_exposure,npl_ratio,"
            + "exposure_share";
    static final String HISTORY_HEADER = "business_date,loans,exposure,special_mention_exposure,npl_exposure,"
            + "total_ecl,npl_ratio,special_mention_ratio,provision_coverage";
    static final String MIGRATION_HEADER = "from,to,by,from_state,to_state,loans,from_exposure,to_exposure";
    static final String VINTAGE_HEADER = "as_of,cohort,cohort_start,cohort_end,loans,disbursed_amount,mob,"
            + "defaulted_loans,defaulted_amount,default_rate_by_count,default_rate_by_amount";
    private static final String EOL = "\r\n";

    private PortfolioCsv() {
    }

    static String snapshot(PortfolioView v) {
        StringBuilder out = new StringBuilder(SNAPSHOT_HEADER).append(EOL);
        String asOf = v.asOf() == null ? "" : v.asOf().toString();
        line(out, asOf, "total", "ALL", new Exposure(v.loans(), v.exposure(), v.totalEcl(), v.nplExposure(),
                v.nplRatio(), PortfolioRatios.ratio(v.exposure(), v.exposure())), null);
        line(out, asOf, "ratio", "npl_ratio", null, v.nplRatio());
        line(out, asOf, "ratio", "special_mention_ratio", null, v.specialMentionRatio());
        line(out, asOf, "ratio", "provision_coverage", null, v.provisionCoverage());
        slices(out, asOf, "category", v.byCategory());
        slices(out, asOf, "stage", v.byStage());
        slices(out, asOf, "grade", v.byGrade());
        slices(out, asOf, "industry", v.byIndustry());
        slices(out, asOf, "region", v.byRegion());
        slices(out, asOf, "size_class", v.bySizeClass());
        return out.toString();
    }

    /** One row per cell of the dense matrix, row by row (long form). */
    static String migration(MigrationMatrix m) {
        StringBuilder out = new StringBuilder(MIGRATION_HEADER).append(EOL);
        m.matrix().forEach((fromState, row) -> row.forEach((toState, cell) ->
                out.append(String.join(",", m.from().toString(), m.to().toString(), m.by(), field(fromState),
                        field(toState), String.valueOf(cell.loans()), text(cell.fromExposure()),
                        text(cell.toExposure()))).append(EOL)));
        return out.toString();
    }

    /** Long form: one row per cohort and months on book. */
    static String vintages(VintageCurves v) {
        StringBuilder out = new StringBuilder(VINTAGE_HEADER).append(EOL);
        for (VintageCurves.Cohort c : v.cohorts()) {
            for (VintageCurves.Point p : c.points()) {
                out.append(String.join(",", v.asOf().toString(), c.cohort(), c.start().toString(), c.end().toString(),
                        String.valueOf(c.loans()), text(c.disbursedAmount()), String.valueOf(p.mob()),
                        String.valueOf(p.defaultedLoans()), text(p.defaultedAmount()), text(p.defaultRateByCount()),
                        text(p.defaultRateByAmount()))).append(EOL);
            }
        }
        return out.toString();
    }

    static String history(List<PortfolioPoint> points) {
        StringBuilder out = new StringBuilder(HISTORY_HEADER).append(EOL);
        for (PortfolioPoint p : points) {
            out.append(String.join(",", p.businessDate().toString(), String.valueOf(p.loans()), text(p.exposure()),
                    text(p.specialMentionExposure()), text(p.nplExposure()), text(p.totalEcl()), text(p.nplRatio()),
                    text(p.specialMentionRatio()), text(p.provisionCoverage()))).append(EOL);
        }
        return out.toString();
    }

    private static void slices(StringBuilder out, String asOf, String dimension, Map<?, Exposure> slices) {
        slices.forEach((key, e) -> line(out, asOf, dimension, key.toString(), e, null));
    }

    private static void line(StringBuilder out, String asOf, String dimension, String key, Exposure e,
                             BigDecimal ratio) {
        out.append(String.join(",", asOf, dimension, field(key), e == null ? "" : String.valueOf(e.loans()),
                text(e == null ? null : e.exposure()), text(e == null ? null : e.ecl()), text(ratio),
                text(e == null ? null : e.nplExposure()), text(e == null ? null : e.nplRatio()),
                text(e == null ? null : e.share()))).append(EOL);
    }

    private static String text(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    /** Quotes a free-text value (a grade, an industry or region code) that holds a separator or quote. */
    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
