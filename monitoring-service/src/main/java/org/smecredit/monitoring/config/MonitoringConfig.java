package org.smecredit.monitoring.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of the monitoring service ({@code monitoring.*}). */
@ConfigMapping(prefix = "monitoring")
public interface MonitoringConfig {

    Classification classification();

    DailyRun dailyRun();

    Ifrs9 ifrs9();

    Restructuring restructuring();

    interface Ifrs9 {
        /**
         * A downgrade of at least this many notches on the master scale since origination (the grade at
         * origination against the borrower's current rating) is a significant increase in credit risk, IFRS 9
         * §5.5.3 → stage 2. domain-facts.md gives no number; 3 is the default here, a bank policy setting.
         */
        @WithDefault("3")
        int sicrDowngradeNotches();
    }

    interface Restructuring {
        /**
         * Months of a restructured loan's observation period from the first repayment date after the modification
         * (CBIRC/PBOC Order [2023] No. 1 Arts. 17-21: not less than 1 year, and at least two consecutive repayment
         * periods); at least 12.
         */
        @WithDefault("12")
        int observationMonths();
    }

    Signals signals();

    WatchList watchList();

    interface Classification {
        /**
         * Days of short technical or operational overdue that do not yet trigger the special-mention floor
         * (CBIRC/PBOC Order [2023] No. 1: "操作性或技术性原因导致的短期逾期除外(7天内)"). The 7 days are (unconfirmed)
         * against Art. 10 of the bank Measures, hence configuration, not a constant.
         */
        @WithDefault("7")
        int technicalGraceDays();
    }

    interface DailyRun {
        /**
         * Cron of the end-of-day trigger in the bank's zone, e.g. {@code 0 30 23 * * ?}; {@code off} disables it.
         * The scheduler reads the same key ({@code @Scheduled(cron = "${monitoring.daily-run.cron:off}")}).
         */
        @WithDefault("off")
        String cron();

        /**
         * Loans assessed per database transaction (one set-based statement per chunk); a crash loses at most one
         * chunk, which the resume redoes.
         */
        @WithDefault("20000")
        int batchSize();

        /**
         * Database connections that assess the book at the same time, each over its own pre-split range of loan ids
         * (the PostgreSQL backend is the bottleneck: one per core pays). 1 runs the chunks one after the other.
         */
        @WithDefault("2")
        int parallelism();

        /**
         * Whether a run may be started for a business date after today's (simulations and system tests that age
         * loans). Off in production: a run for a future date would block today's run.
         */
        @WithDefault("false")
        boolean allowFutureDates();
    }

    interface Signals {
        /**
         * Sharp revenue fall: a REVENUE_FALL signal when a statement's revenue is below (1 − x) of the revenue of the
         * same period a year earlier. A bank's credit policy sets x; 0.30 is this service's default, not a regulation.
         */
        @WithDefault("0.30")
        BigDecimal revenueFallThreshold();

        /** A rating downgrade of at least this many master-scale notches (or into default) is HIGH, else MEDIUM. */
        @WithDefault("2")
        int ratingDowngradeHighNotches();
    }

    interface WatchList {
        /** Owner of watch-list entries the signals create when the borrower's relationship manager is not known. */
        @WithDefault("risk-team")
        String defaultOwner();

        /** Whether the borrower's relationship manager (customer profile) owns the entries signals create. */
        @WithDefault("true")
        boolean ownerIsRelationshipManager();

        /** Days from the signal's business date to the first review of an entry a signal creates. */
        @WithDefault("30")
        int reviewDays();
    }
}
