package org.smecredit.monitoring.run;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.security.Actor;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * The end-of-day trigger: runs today's business date at {@code monitoring.daily-run.cron} in the bank's zone.
 * {@code off} (the default, and the test profile) disables it; operators and core banking can always start a date
 * through {@code POST /api/monitoring/daily-runs}.
 */
@ApplicationScoped
public class DailyRunScheduler {
    private static final Logger LOG = Logger.getLogger(DailyRunScheduler.class);

    private final DailyRunService runs;
    private final BusinessClock clock;

    public DailyRunScheduler(DailyRunService runs, BusinessClock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(identity = "monitoring-daily-run", cron = "${monitoring.daily-run.cron:off}",
            timeZone = "${smecredit.business.zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> endOfDay() {
        LocalDate today = clock.today();
        return runs.run(today, Actor.system("monitoring-service", "end-of-day:" + today))
                .invoke(o -> LOG.infof("end-of-day run of %s %s", today, o.replayed() ? "had already completed" : "completed"))
                .onFailure().invoke(e -> LOG.errorf(e, "end-of-day run of %s failed; start it again through the API", today))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
