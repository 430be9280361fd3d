package org.smecredit.monitoring.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.monitoring.industry.IndustryAlertService;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What follows a completed daily run, in one transaction: contagion along guarantee links (GUARANTOR_DEFAULT,
 * CIRCLE_MEMBER_DEFAULT), open industry alerts reaching newly booked loans, and the watch list for the run's HIGH and
 * CRITICAL days-past-due signals.
 *
 * <p>Restart-safe and idempotent: it looks at every default episode still open on the date (not just the defaults of
 * that date), and each signal is keyed by episode (defaulted loan and default date) and target loan, so a crash
 * between the run's completion and this step is repaired by posting the date again (the replay runs it too), and a
 * repetition raises nothing twice.
 */
@ApplicationScoped
public class RunSignals {
    private static final Logger LOG = Logger.getLogger(RunSignals.class);

    /**
     * Loans to warn, per open default episode: active loans (disbursed by $1) of borrowers the defaulter guarantees
     * through a link valid on $1, and of the other members of the defaulter's guarantee circle (those not already
     * warned as guaranteed by it). Contagion "travels along guarantee links" (domain-facts.md, guarantee circles).
     */
    static final String CONTAGION = """
            WITH defaulter AS (
                SELECT l.id AS loan_id, l.customer_id, l.defaulted_on
                FROM loan l
                WHERE l.defaulted_on IS NOT NULL AND l.defaulted_on <= ?1
                  AND (l.restored_on IS NULL OR l.restored_on < l.defaulted_on)
            ),
            guaranteed AS (
                SELECT DISTINCT d.loan_id, d.customer_id, d.defaulted_on, g.customer_id AS target_customer
                FROM defaulter d JOIN guarantee_link g ON g.guarantor_customer_id = d.customer_id
                WHERE g.customer_id <> d.customer_id
                  AND (g.valid_from IS NULL OR g.valid_from <= ?1) AND (g.valid_to IS NULL OR g.valid_to >= ?1)
            ),
            circle AS (
                SELECT DISTINCT d.loan_id, d.customer_id, d.defaulted_on, m.customer_id AS target_customer
                FROM defaulter d
                JOIN guarantee_circle_member dm ON dm.customer_id = d.customer_id
                JOIN guarantee_circle_member m ON m.circle_id = dm.circle_id AND m.customer_id <> d.customer_id
                WHERE NOT EXISTS (SELECT 1 FROM guaranteed x
                                  WHERE x.loan_id = d.loan_id AND x.target_customer = m.customer_id)
            ),
            targets AS (
                SELECT 'GUARANTOR_DEFAULT' AS type, g.* FROM guaranteed g
                UNION ALL
                SELECT 'CIRCLE_MEMBER_DEFAULT', c.* FROM circle c
            ),
            keyed AS (
                SELECT t.type, t.loan_id AS cause_loan, t.customer_id AS cause_customer, t.defaulted_on,
                       l.id AS target_loan, l.customer_id AS target_customer,
                       t.type || ':' || CAST(t.loan_id AS text) || '@' || CAST(t.defaulted_on AS text) || ':'
                           || CAST(l.id AS text) AS dedup_key
                FROM targets t JOIN loan l ON l.customer_id = t.target_customer
                WHERE l.status = 'ACTIVE' AND l.disbursed_on <= ?1
            )
            SELECT k.type, CAST(k.cause_loan AS text), CAST(k.cause_customer AS text), CAST(k.defaulted_on AS text),
                   CAST(k.target_loan AS text), CAST(k.target_customer AS text), p.legal_name
            FROM keyed k LEFT JOIN customer_profile p ON p.customer_id = k.cause_customer
            WHERE NOT EXISTS (SELECT 1 FROM early_warning_signal s WHERE s.dedup_key = k.dedup_key)
            ORDER BY k.target_loan, k.type, k.cause_loan""";

    private final SignalService signals;
    private final IndustryAlertService industryAlerts;

    public RunSignals(SignalService signals, IndustryAlertService industryAlerts) {
        this.signals = signals;
        this.industryAlerts = industryAlerts;
    }

    /** After the run of {@code date} completed (or replayed). */
    public Uni<Void> afterRun(LocalDate date, Actor actor) {
        return Panache.withTransaction(() -> Panache.getSession()
                // one follow-up at a time: concurrent replays of a date must not raise the same signal twice
                .chain(s -> s.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, "monitoring.run-signals")
                        .getSingleResult())
                .chain(() -> contagion(date, actor))
                .chain(contagion -> industryAlerts.catchUp(date, actor)
                        .chain(industry -> signals.watchListRunSignals(date, actor)
                                .invoke(watched -> LOG.infof("after the run of %s: %d contagion and %d industry signals "
                                        + "raised, %d run signals put on the watch list", date, contagion, industry, watched)))))
                .replaceWithVoid();
    }

    private Uni<Integer> contagion(LocalDate date, Actor actor) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(CONTAGION).setParameter(1, date).getResultList())
                .chain(rows -> {
                    List<SignalService.NewSignal> out = new ArrayList<>();
                    for (Object row : rows) {
                        Object[] r = (Object[]) row;
                        String type = (String) r[0];
                        UUID causeLoan = UUID.fromString((String) r[1]);
                        String causeCustomer = (String) r[2];
                        LocalDate defaultedOn = LocalDate.parse((String) r[3]);
                        UUID targetLoan = UUID.fromString((String) r[4]);
                        UUID targetCustomer = UUID.fromString((String) r[5]);
                        String name = r[6] == null ? "customer " + causeCustomer
                                : r[6] + " (customer " + causeCustomer + ")";
                        boolean guarantor = SignalType.GUARANTOR_DEFAULT.name().equals(type);
                        String evidence = guarantor
                                ? "Guarantor " + name + ", which guarantees this borrower's debt, defaulted on loan "
                                        + causeLoan + " on " + defaultedOn
                                : "Guarantee-circle member " + name + " defaulted on loan " + causeLoan + " on "
                                        + defaultedOn + "; contagion along the circle's guarantee links";
                        SignalType t = SignalType.valueOf(type);
                        out.add(new SignalService.NewSignal(targetLoan, targetCustomer, type,
                                guarantor ? Severity.HIGH : Severity.MEDIUM, evidence, null, null, date,
                                type + ":" + causeLoan + "@" + defaultedOn + ":" + targetLoan, t.alwaysWatchListed));
                    }
                    return signals.raiseAll(out, actor).map(List::size);
                });
    }
}
