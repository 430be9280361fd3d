package org.smecredit.rating.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Keeps the defaults monitoring reports and back-tests the issued grades against them. */
@ApplicationScoped
public class BackTestService {
    private static final Logger LOG = Logger.getLogger(BackTestService.class);
    static final int MAX_HORIZON_MONTHS = 60;

    private final ModelRegistry registry;
    private final BusinessClock clock;

    public BackTestService(ModelRegistry registry, BusinessClock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** monitoring.loan-defaulted.v1: record the default once per loan (inside the inbox transaction). */
    public Uni<Void> onLoanDefaulted(LoanDefaulted d) {
        return LoanDefault.<LoanDefault>findById(d.loanId()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            LoanDefault row = new LoanDefault();
            row.loanId = d.loanId();
            row.customerId = d.customerId();
            row.defaultDate = d.defaultDate();
            row.receivedAt = Instant.now();
            LOG.infof("loan %s of customer %s defaulted on %s: kept for the back-test", d.loanId(), d.customerId(),
                    d.defaultDate());
            return row.persist().replaceWithVoid();
        });
    }

    /**
     * @param from          first business date of the ratings observed (default: two years before today)
     * @param to            last business date (default: today)
     * @param horizonMonths months after a rating in which a default counts (default 12, the PD's horizon)
     */
    @WithSession
    public Uni<BackTest.Report> backTest(LocalDate from, LocalDate to, Integer horizonMonths) {
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.minusYears(2) : from;
        int horizon = horizonMonths == null ? 12 : horizonMonths;
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "must not be after to (" + end + ")");
        }
        if (horizon < 1 || horizon > MAX_HORIZON_MONTHS) {
            throw ProblemException.badRequest("horizonMonths", "must be between 1 and " + MAX_HORIZON_MONTHS);
        }
        return Panache.getSession().chain(s -> s.createSelectionQuery(
                        "select new " + BackTest.Observation.class.getName() + "(r.customerId, r.grade, r.ratedOn) "
                                + "from Rating r where r.ratedOn between :from and :to", BackTest.Observation.class)
                .setParameter("from", start).setParameter("to", end).getResultList())
                .chain(ratings -> LoanDefault.<LoanDefault>listAll().map(defaults -> {
                    Map<UUID, List<LocalDate>> byCustomer = defaults.stream().collect(Collectors.groupingBy(
                            d -> d.customerId, Collectors.mapping(d -> d.defaultDate, Collectors.toList())));
                    return BackTest.run(registry.active().scorecard().masterScale().grades(), ratings, byCustomer,
                            start, end, horizon);
                }));
    }
}
