package org.smecredit.monitoring.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of the monitoring service ({@code monitoring.*}). */
@ConfigMapping(prefix = "monitoring")
public interface MonitoringConfig {

    Classification classification();

    DailyRun dailyRun();

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
}
