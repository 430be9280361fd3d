package org.smecredit.monitoring.classification;

import java.time.LocalDate;
import java.util.Optional;

import org.smecredit.contracts.LoanCategory;

/**
 * Restructured assets, CBIRC/PBOC Order [2023] No. 1 Arts. 17-21 (domain-facts.md "Restructured assets"). Pure.
 *
 * <ul>
 *   <li>The observation period starts at the first repayment date after the modification and must contain at least
 *       two consecutive repayment periods and not less than one year; it restarts on non-performance.</li>
 *   <li>While it runs, an asset that was normal or special mention before the restructuring is at least special
 *       mention (and falls to NPL when the NPL criteria are met: the overdue floors still apply); an asset that was
 *       already non-performing is not upgraded (the exact article text is unconfirmed).</li>
 * </ul>
 *
 * <p>Here: non-performance is an amount overdue beyond the technical grace (the special-mention overdue floor) on a
 * business date; it restarts the period from that date ({@code until} = date + the period's months, never earlier
 * than before). The period ends on the first daily run on or after {@code until} that finds nothing overdue.
 */
public final class Restructuring {
    private Restructuring() {
    }

    /** A restructured loan's observation period; {@code endedOn} null while it runs. */
    public record Observation(LocalDate start, LocalDate until, int months, LoanCategory priorCategory,
                              LocalDate endedOn) {
        public boolean running() {
            return endedOn == null;
        }
    }

    /**
     * The observation period's end: {@code months} after its start (at least one year, Arts. 17-21), and not before
     * the second repayment date of the new schedule (two consecutive repayment periods).
     */
    public static LocalDate observationUntil(LocalDate firstRepayment, LocalDate secondRepayment, int months) {
        if (months < 12) {
            throw new IllegalArgumentException("the observation period is not less than 1 year: " + months + " months");
        }
        LocalDate oneYear = firstRepayment.plusMonths(months);
        return secondRepayment != null && secondRepayment.isAfter(oneYear) ? secondRepayment : oneYear;
    }

    /** The period after the assessment of {@code asOf}: restarted on non-performance, ended when served and current. */
    public static Optional<Observation> after(Optional<Observation> before, LocalDate asOf, int daysPastDue,
                                              int technicalGraceDays) {
        if (before.isEmpty() || !before.get().running()) {
            return before;
        }
        Observation o = before.get();
        if (daysPastDue > technicalGraceDays) {
            LocalDate restarted = asOf.plusMonths(o.months());
            return Optional.of(new Observation(asOf, restarted.isAfter(o.until()) ? restarted : o.until(), o.months(),
                    o.priorCategory(), null));
        }
        if (!asOf.isBefore(o.until()) && daysPastDue == 0) {
            return Optional.of(new Observation(o.start(), o.until(), o.months(), o.priorCategory(), asOf));
        }
        return before;
    }

    /**
     * The class floor of a restructured loan under observation ({@code after} the day's assessment): NORMAL when
     * the period is over or there is none.
     */
    public static LoanCategory floor(Optional<Observation> after) {
        if (after.isEmpty() || !after.get().running()) {
            return LoanCategory.NORMAL;
        }
        LoanCategory prior = after.get().priorCategory() == null ? LoanCategory.NORMAL : after.get().priorCategory();
        return prior.isNonPerforming() ? prior : LoanCategory.SPECIAL_MENTION;
    }
}
