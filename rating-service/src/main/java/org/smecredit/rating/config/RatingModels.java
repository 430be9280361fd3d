package org.smecredit.rating.config;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.smecredit.rating.rating.FittedScorecard;
import org.smecredit.rating.rating.MasterScale;
import org.smecredit.rating.rating.RatingModel;
import org.smecredit.rating.scorecard.ModelFiles;

import io.quarkus.runtime.Startup;

/**
 * Which rating model and master scale the service runs: the fitted scorecard named by
 * {@code <rating.model.directory>/manifest.json} on the classpath. The model is loaded at startup; a model file whose
 * SHA-256 differs from the manifest's (or a missing or inconsistent one) stops the service from starting.
 */
@ApplicationScoped
public class RatingModels {
    private static final Logger LOG = Logger.getLogger(RatingModels.class);

    private final FittedScorecard scorecard;

    public RatingModels(RatingConfig config) {
        this.scorecard = load(config.model().directory());
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

    @Produces
    @Singleton
    @Startup
    RatingModel ratingModel() {
        return scorecard;
    }

    @Produces
    @Singleton
    MasterScale masterScale() {
        return scorecard.masterScale();
    }
}
