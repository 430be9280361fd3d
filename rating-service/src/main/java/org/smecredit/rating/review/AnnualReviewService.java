package org.smecredit.rating.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;
import org.smecredit.rating.config.RatingConfig;
import org.smecredit.rating.rating.RatingService;
import org.smecredit.rating.rating.RatingTrigger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Annual review: a customer whose latest rating is older than 12 months (business dates, configurable) is re-rated
 * from its current statement, trigger ANNUAL_REVIEW. Credit files are reviewed at least yearly; the rating's PD is a
 * one-year PD, so a rating older than its horizon no longer says what it claims.
 *
 * <p><b>Idempotent and restartable.</b> Each customer is reviewed in its own transaction, which first claims the row
 * {@code annual_review(customer_id, review_date)} ({@code ON CONFLICT DO NOTHING}): a customer is reviewed at most
 * once per review date even when the schedule and the operations trigger run at the same time (the second waits on
 * the key and then finds it taken), and a run that dies part-way is finished by the next run of the same date.
 */
@ApplicationScoped
public class AnnualReviewService {
    private static final Logger LOG = Logger.getLogger(AnnualReviewService.class);

    static final String DUE = """
            SELECT r.customer_id FROM rating r
            WHERE NOT EXISTS (SELECT 1 FROM annual_review a WHERE a.customer_id = r.customer_id AND a.review_date = ?1)
            GROUP BY r.customer_id HAVING max(r.rated_on) <= ?2
            ORDER BY r.customer_id LIMIT ?3""";
    static final String CLAIM = """
            INSERT INTO annual_review (customer_id, review_date, outcome, reviewed_at)
            VALUES (?1, ?2, 'CLAIMED', now()) ON CONFLICT DO NOTHING""";
    static final String DONE = "UPDATE annual_review SET rating_id = ?3, outcome = ?4, reviewed_at = now() "
            + "WHERE customer_id = ?1 AND review_date = ?2";

    /** The outcome of one run. */
    public record RunResult(LocalDate reviewDate, LocalDate ratedOnOrBefore, int reRated, int withoutStatement) {
    }

    private final RatingService ratings;
    private final RatingConfig config;
    private final BusinessClock clock;
    private final String service;

    public AnnualReviewService(RatingService ratings, RatingConfig config, BusinessClock clock,
                               @ConfigProperty(name = "quarkus.application.name") String service) {
        this.ratings = ratings;
        this.config = config;
        this.clock = clock;
        this.service = service;
    }

    @Scheduled(identity = "annual-review", cron = "${rating.annual-review.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        LocalDate today = clock.today();
        return run(today, Actor.system(service, "annual-review-" + today))
                .invoke(r -> LOG.infof("annual review %s: %d re-rated, %d without statement", r.reviewDate(),
                        r.reRated(), r.withoutStatement()))
                .replaceWithVoid();
    }

    /** Reviews every customer due on {@code reviewDate} (not after today's business date). */
    public Uni<RunResult> run(LocalDate reviewDate, Actor actor) {
        if (reviewDate.isAfter(clock.today())) {
            return Uni.createFrom().failure(ProblemException.unprocessable("review-date-in-future", "reviewDate",
                    "must not be after today's business date " + clock.today()));
        }
        LocalDate cutoff = reviewDate.minusMonths(config.annualReview().months());
        int[] counts = new int[2];
        return nextBatch(reviewDate, cutoff, counts, actor)
                .map(ignored -> new RunResult(reviewDate, cutoff, counts[0], counts[1]));
    }

    /** Pages through the due customers; each page is the next {@code batchSize} not yet reviewed on this date. */
    private Uni<Void> nextBatch(LocalDate reviewDate, LocalDate cutoff, int[] counts, Actor actor) {
        return due(reviewDate, cutoff).chain(customers -> {
            if (customers.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Multi.createFrom().iterable(customers)
                    .onItem().transformToUniAndConcatenate(c -> review(c, reviewDate, actor).invoke(rated -> {
                        if (rated) {
                            counts[0]++;
                        } else {
                            counts[1]++;
                        }
                    }))
                    .collect().last()
                    .chain(() -> nextBatch(reviewDate, cutoff, counts, actor));
        });
    }

    @SuppressWarnings("unchecked")
    private Uni<List<UUID>> due(LocalDate reviewDate, LocalDate cutoff) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(DUE, UUID.class)
                .setParameter(1, reviewDate).setParameter(2, cutoff).setParameter(3, config.annualReview().batchSize())
                .getResultList()));
    }

    /** One customer, one transaction: claim, re-rate (rating + audit + outbox), record the outcome. */
    Uni<Boolean> review(UUID customerId, LocalDate reviewDate, Actor actor) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(CLAIM)
                .setParameter(1, customerId).setParameter(2, reviewDate).executeUpdate()
                .chain(claimed -> {
                    if (claimed == 0) {
                        return Uni.createFrom().item(Boolean.FALSE);
                    }
                    return ratings.reRate(customerId, RatingTrigger.ANNUAL_REVIEW, null, actor)
                            .chain(r -> s.createNativeQuery(DONE).setParameter(1, customerId)
                                    .setParameter(2, reviewDate).setParameter(3, r == null ? null : r.id)
                                    .setParameter(4, r == null ? "NO_STATEMENT" : "RE_RATED").executeUpdate()
                                    .map(n -> r != null));
                })));
    }
}
