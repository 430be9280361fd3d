package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            Map<String, Exposure> byCategory = new LinkedHashMap<>();
            Map<Integer, Exposure> byStage = new TreeMap<>();
            Map<String, Exposure> byGrade = new TreeMap<>();
            for (LoanCategory c : LoanCategory.values()) {
                byCategory.put(c.name(), new Exposure(0, ZERO, ZERO));
            }
            for (Row row : rows) {
                asOf = row.getLocalDate("as_of");
                String key = row.getString("key");
                if (key == null) {
                    continue;
                }
                Exposure e = new Exposure(row.getInteger("loans"), row.getBigDecimal("exposure"), row.getBigDecimal("ecl"));
                switch (row.getString("dimension")) {
                    case "category" -> byCategory.put(key, e);
                    case "stage" -> byStage.put(Integer.valueOf(key), e);
                    default -> byGrade.put(key, e);
                }
            }
            if (asOf == null && date != null) {
                throw ProblemException.notFound("completed daily run of", date);
            }
            return view(asOf, byCategory, byStage, byGrade);
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

    private static PortfolioView view(LocalDate asOf, Map<String, Exposure> byCategory, Map<Integer, Exposure> byStage,
                                      Map<String, Exposure> byGrade) {
        int loans = 0;
        BigDecimal exposure = ZERO;
        BigDecimal ecl = ZERO;
        BigDecimal npl = ZERO;
        for (Map.Entry<String, Exposure> e : byCategory.entrySet()) {
            loans += e.getValue().loans();
            exposure = exposure.add(e.getValue().exposure());
            ecl = ecl.add(e.getValue().ecl());
            if (LoanCategory.valueOf(e.getKey()).isNonPerforming()) {
                npl = npl.add(e.getValue().exposure());
            }
        }
        BigDecimal sm = byCategory.get(LoanCategory.SPECIAL_MENTION.name()).exposure();
        PortfolioRatios r = PortfolioRatios.of(exposure, sm, npl, ecl);
        return new PortfolioView(asOf, loans, exposure, sm, npl, ecl, r.nplRatio(), r.specialMentionRatio(),
                r.provisionCoverage(), byCategory, byStage, byGrade);
    }
}
