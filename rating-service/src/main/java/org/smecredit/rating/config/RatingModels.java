package org.smecredit.rating.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.smecredit.rating.rating.MasterScale;
import org.smecredit.rating.rating.RatingModel;
import org.smecredit.rating.rating.RuleScorecard;

/** Which rating model and master scale the service runs; the one place to swap in a fitted scorecard. */
@ApplicationScoped
public class RatingModels {

    @Produces
    @Singleton
    RatingModel ratingModel() {
        return new RuleScorecard();
    }

    @Produces
    @Singleton
    MasterScale masterScale() {
        return MasterScale.standard();
    }
}
