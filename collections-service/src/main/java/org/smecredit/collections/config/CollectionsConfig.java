package org.smecredit.collections.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    /**
     * Rules that route cases to teams by the borrower's region and size class, first match wins, e.g.
     * {@code region=33;size=SMALL|MICRO;officers=col.sun.li|col.qian.yu} (see {@code AssignmentRule}). A borrower
     * no rule matches, or whose profile collections has not received, goes to {@link #officers()}.
     */
    Optional<List<String>> assignmentRules();

    /** The daily promise check ({@code collections.promise-check.*}). */
    PromiseCheck promiseCheck();

    interface PromiseCheck {
        /**
         * When the promise check runs, a cron expression in the bank's zone, read by the scheduler; {@code off}
         * disables it (tests run it through {@code POST /api/promise-checks}).
         */
        @WithDefault("0 30 1 * * ?")
        String cron();
    }

    /** Assumptions of the disposal strategy's expected-NPV valuation ({@code collections.strategy.*}). */
    StrategyConfig strategy();
}
