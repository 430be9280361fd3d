package org.smecredit.monitoring.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.smecredit.contracts.LoanCategory;

/** A daily run and, once completed, its portfolio summary for the business date. */
public record DailyRunView(
        LocalDate businessDate,
        DailyRunStatus status,
        Instant startedAt,
        String startedBy,
        Instant completedAt,
        Integer loansAssessed,
        Map<LoanCategory, Integer> byCategory,
        Map<Integer, Integer> byStage,
        BigDecimal totalOutstandingPrincipal,
        BigDecimal totalEcl,
        Integer loansClassified,
        Integer warningsRaised,
        Integer loansDefaulted) {

    static DailyRunView of(DailyRun r) {
        Map<LoanCategory, Integer> byCategory = null;
        Map<Integer, Integer> byStage = null;
        if (r.status == DailyRunStatus.COMPLETED) {
            byCategory = new EnumMap<>(LoanCategory.class);
            byCategory.put(LoanCategory.NORMAL, r.normalCount);
            byCategory.put(LoanCategory.SPECIAL_MENTION, r.specialMentionCount);
            byCategory.put(LoanCategory.SUBSTANDARD, r.substandardCount);
            byCategory.put(LoanCategory.DOUBTFUL, r.doubtfulCount);
            byCategory.put(LoanCategory.LOSS, r.lossCount);
            byStage = new TreeMap<>(Map.of(1, r.stage1Count, 2, r.stage2Count, 3, r.stage3Count));
        }
        return new DailyRunView(r.businessDate, r.status, r.startedAt, r.startedBy, r.completedAt, r.loansAssessed,
                byCategory, byStage, r.totalOutstanding, r.totalEcl, r.classifiedEvents, r.warningEvents,
                r.defaultEvents);
    }
}
