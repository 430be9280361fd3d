package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** CSV for the risk committee (RFC 4180: header row, CRLF line ends, empty field for null). */
final class PortfolioCsv {
    static final String SNAPSHOT_HEADER = "as_of,dimension,key,loans,exposure,ecl,ratio";
    static final String HISTORY_HEADER = "business_date,loans,exposure,special_mention_exposure,npl_exposure,"
            + "total_ecl,npl_ratio,special_mention_ratio,provision_coverage";
    private static final String EOL = "\r\n";

    private PortfolioCsv() {
    }

    static String snapshot(PortfolioView v) {
        StringBuilder out = new StringBuilder(SNAPSHOT_HEADER).append(EOL);
        String asOf = v.asOf() == null ? "" : v.asOf().toString();
        line(out, asOf, "total", "ALL", v.loans(), v.exposure(), v.totalEcl(), null);
        line(out, asOf, "ratio", "npl_ratio", null, null, null, v.nplRatio());
        line(out, asOf, "ratio", "special_mention_ratio", null, null, null, v.specialMentionRatio());
        line(out, asOf, "ratio", "provision_coverage", null, null, null, v.provisionCoverage());
        slices(out, asOf, "category", v.byCategory());
        slices(out, asOf, "stage", v.byStage());
        slices(out, asOf, "grade", v.byGrade());
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
        slices.forEach((key, e) -> line(out, asOf, dimension, key.toString(), e.loans(), e.exposure(), e.ecl(), null));
    }

    private static void line(StringBuilder out, String asOf, String dimension, String key, Integer loans,
                             BigDecimal exposure, BigDecimal ecl, BigDecimal ratio) {
        out.append(String.join(",", asOf, dimension, field(key), loans == null ? "" : loans.toString(), text(exposure),
                text(ecl), text(ratio))).append(EOL);
    }

    private static String text(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    /** Quotes a free-text value (a grade) that holds a separator or quote. */
    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
