package org.smecredit.collections.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Business settings of collections ({@code collections.*} in application.properties). */
@ConfigMapping(prefix = "collections")
public interface CollectionsConfig {
    /** This service's name: CloudEvents source, system actor, dead-letter topic {@code sme.dlq.collections-service}. */
    String SERVICE_NAME = "collections-service";

    /**
     * User ids of the collectors new cases are assigned to: the one with the fewest open cases gets the next case,
     * ties in the listed order. Empty: cases open unassigned.
     */
    Optional<List<String>> officers();

    /** Assumptions of the disposal strategy's expected-NPV valuation ({@code collections.strategy.*}). */
    StrategyConfig strategy();
}
