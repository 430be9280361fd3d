package org.smecredit.rating.config;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Business settings of the rating service. */
@ConfigMapping(prefix = "rating")
public interface RatingConfig {

    EarlyWarning earlyWarning();

    Model model();

    interface Model {
        /** Classpath directory holding manifest.json and the model file it names (checksum verified at startup). */
        @WithDefault("models")
        String directory();
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
