package org.smecredit.rating.config;

import java.io.IOException;


import org.jboss.logging.Logger;
import org.smecredit.rating.rating.FittedScorecard;
import org.smecredit.rating.scorecard.ModelFiles;


/**
 * Loads a rating model: the fitted scorecard named by {@code <directory>/manifest.json} on the classpath. A model file
 * whose SHA-256 differs from the manifest's (or a missing or inconsistent one) is refused, and since the
 * {@code ModelRegistry} loads every model at startup, the service does not start.
 */
public final class RatingModels {
    private static final Logger LOG = Logger.getLogger(RatingModels.class);

    private RatingModels() {
    }

    /** Loads and verifies the model; refuses (IllegalStateException) when it does not match its manifest. */
    public static FittedScorecard load(String directory) {
        try {
            FittedScorecard s = new FittedScorecard(ModelFiles.fromClasspath(directory));
            LOG.infof("rating model %s loaded from %s (checksum verified)", s.modelVersion(), directory);
            return s;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("refusing to start: rating model in " + directory + " unusable: "
                    + e.getMessage(), e);
        }
    }
}
