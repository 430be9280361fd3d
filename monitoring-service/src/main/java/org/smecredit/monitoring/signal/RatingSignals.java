package org.smecredit.monitoring.signal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.monitoring.rating.CustomerPd;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * RATING_DOWNGRADE: a rating worse than the borrower's previous one raises a signal on each of its active loans.
 * Runs inside the inbox transaction after the PD was taken over; a rating older than the one held (delivered late)
 * raises nothing, nor does a re-rating caused by monitoring's own warning. Keyed by rating id, so a redelivery
 * raises nothing twice.
 */
@ApplicationScoped
public class RatingSignals {
    private static final Logger LOG = Logger.getLogger(RatingSignals.class);

    private final SignalService signals;
    private final BusinessClock clock;
    private final MonitoringConfig config;

    public RatingSignals(SignalService signals, BusinessClock clock, MonitoringConfig config) {
        this.signals = signals;
        this.clock = clock;
        this.config = config;
    }

    /**
     * rating-service re-rates a borrower on monitoring's own HIGH/CRITICAL warnings (trigger EARLY_WARNING): such a
     * downgrade echoes a signal monitoring already holds, and signalling it again would feed the loop back.
     */
    static final String ECHO_TRIGGER = "EARLY_WARNING";

    public Uni<Void> assigned(RatingAssigned r, Actor actor) {
        if (ECHO_TRIGGER.equals(r.trigger())) {
            return Uni.createFrom().voidItem();
        }
        Severity severity = RatingDowngrade.severity(r.previousGrade(), r.grade(),
                config.signals().ratingDowngradeHighNotches());
        if (severity == null) {
            return Uni.createFrom().voidItem();
        }
        return CustomerPd.<CustomerPd>findById(r.customerId()).chain(held -> {
            if (held == null || !held.ratingId.equals(r.ratingId())) {
                LOG.infof("rating %s of %s is not the latest held; no downgrade signal", r.ratingId(), r.customerId());
                return Uni.createFrom().voidItem();
            }
            var today = clock.today();
            String evidence = "Rating downgraded " + RatingDowngrade.notches(r.previousGrade(), r.grade()) + " notch(es) from "
                    + r.previousGrade() + " to " + r.grade() + " (PD " + r.pd().toPlainString() + ", rated " + r.ratedOn()
                    + ", trigger " + r.trigger() + ", rating " + r.ratingId() + ")";
            return SignalService.activeLoansOf(r.customerId(), today).chain(loans -> signals.raiseAll(loans.stream()
                            .map(loan -> new SignalService.NewSignal(loan, SignalType.RATING_DOWNGRADE, severity, evidence,
                                    null, null, today, r.ratingId().toString()))
                            .toList(), actor))
                    .replaceWithVoid();
        });
    }
}
