package org.smecredit.monitoring.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Vintage default curves as of {@code asOf}: loans grouped by the period of their disbursement ({@code cohort}: month
 * or quarter); for each months-on-book k the share of the cohort, by count and by disbursed amount, whose first default
 * (DPD above 90, IFRS 9 §B5.5.37) came within k months of disbursement; a later cure does not undo it.
 */
public record VintageCurves(LocalDate asOf, String cohort, List<Cohort> cohorts) {

    /** One disbursement period: its loans and disbursed principal (CNY), and its curve from months on book 0. */
    public record Cohort(String cohort, LocalDate start, LocalDate end, int loans, BigDecimal disbursedAmount,
                         List<Point> points) {
    }

    /** Cumulative defaults within {@code mob} months on book; shares at 6 decimals HALF_UP. */
    public record Point(int mob, int defaultedLoans, BigDecimal defaultedAmount, BigDecimal defaultRateByCount,
                        BigDecimal defaultRateByAmount) {
    }
}
