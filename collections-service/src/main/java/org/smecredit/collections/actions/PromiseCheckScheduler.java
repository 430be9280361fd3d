package org.smecredit.collections.actions;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.security.Actor;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Runs the promise check every day at {@code collections.promise-check.cron} in the bank's zone (default 01:30,
 * after core banking's end-of-day repayments; {@code off} disables it, as in tests). Operators can always run it
 * through {@code POST /api/promise-checks}.
 */
@ApplicationScoped
public class PromiseCheckScheduler {
    private static final Logger LOG = Logger.getLogger(PromiseCheckScheduler.class);

    private final PromiseCheckService check;
    private final BusinessClock clock;

    public PromiseCheckScheduler(PromiseCheckService check, BusinessClock clock) {
        this.check = check;
        this.clock = clock;
    }

    @Scheduled(identity = "collections-promise-check", cron = "${collections.promise-check.cron:0 30 1 * * ?}",
            timeZone = "${smecredit.business.zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> daily() {
        return check.run(Actor.system(CollectionsConfig.SERVICE_NAME, "promise-check:" + clock.today()))
                .invoke(r -> LOG.infof("promise check of %s: %d kept, %d broken", r.asOf(), r.kept().size(),
                        r.broken().size()))
                .onFailure().invoke(e -> LOG.errorf(e, "promise check failed; run it through the API"))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
