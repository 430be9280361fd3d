package org.smecredit.rating.config;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of the rating service. */
@ConfigMapping(prefix = "rating")
public interface RatingConfig {

    EarlyWarning earlyWarning();

    Model model();

    AnnualReview annualReview();

    interface AnnualReview {
        /** A rating older than this many months (business dates) is due for its annual review. */
        @WithDefault("12")
        int months();

        /** When the scheduled review runs (Quarkus cron); "off" disables the schedule, the REST trigger remains. */
        @WithDefault("0 30 1 * * ?")
        String cron();

        /** Customers re-rated per transaction batch of a run; each customer still commits on its own. */
        @WithDefault("500")
        int batchSize();
    }

    interface Model {
        /** Classpath directory holding manifest.json and the model file it names (checksum verified at startup). */
        @WithDefault("models")
        String directory();

        /**
         * Further classpath directories, each with its own manifest.json and model file, holding model versions that
         * may be activated (four eyes) instead of the one in {@link #directory()}; each is checksum verified.
         */
        Optional<List<String>> candidates();
    }

    interface EarlyWarning {
        /** Early-warning severities that cause a re-rating; others are acknowledged and ignored. */
        @WithDefault("HIGH,CRITICAL")
        Set<String> severities();

        /** Notches the grade is lowered from the model grade while a qualifying warning is open. */
        @WithDefault("1")
        int downgradeNotches();
    }
}
