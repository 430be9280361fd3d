package org.smecredit.origination.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.origination.borrower.Borrower;
import org.smecredit.origination.borrower.BorrowerRating;
import org.smecredit.origination.borrower.BorrowerStatement;
import org.smecredit.origination.borrower.CreditBlock;
import org.smecredit.origination.borrower.CreditWatch;
import org.smecredit.origination.borrower.SanctionsFlag;
import org.smecredit.origination.config.OriginationConfig;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.pricing.Rates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Loads what a credit decision reads about a borrower from origination's own tables (read models of other
 * services' events and its own loan book): rating, block, watch, sanctions flag, latest statement, guarantee circle
 * and exposures, drawn and committed (see {@link ExposureLimits}). Runs in the caller's session with the customer's
 * lock held.
 */
@ApplicationScoped
public class BorrowerFacts {

    /** Everything known; {@code rating} null when the borrower is not rated yet. */
    public record Facts(Borrower borrower, BorrowerRating rating, CreditBlock block, CreditWatch watch,
                        SanctionsFlag sanctions, BorrowerStatement statement, Set<UUID> circle,
                        ExposureLimits.Exposures exposures) {

        public CreditPolicy.Borrower forPolicy() {
            return new CreditPolicy.Borrower(rating.grade, Rates.normalize(rating.pd), block != null,
                    block == null ? null : block.reason, watch != null, watch == null ? null : watch.reason,
                    watch != null && watch.overridden(), sanctions != null && sanctions.flagged,
                    sanctions == null ? null : sanctions.reason, statement == null ? null : statement.periodEnd);
        }
    }

    /**
     * Every exposure of the bank, one row per item: drawn = disbursed loans not yet matured; committed = CONTRACTED
     * loans within their drawdown window and APPROVED offers not expired (the bank is bound once the borrower accepts),
     * except the application being decided (?3). ?2 is the business date.
     */
    private static final String EXPOSURE = exposure("?2", "?3");

    /** The exposure items as of the date parameter, without the application parameter (null: none left out). */
    private static String exposure(String date, String excludedApplication) {
        return "WITH e AS ("
                + " SELECT l.customer_id, TRUE AS drawn, l.principal AS amount FROM loan l"
                + "   WHERE l.status = 'DISBURSED' AND l.maturity_date >= " + date
                + " UNION ALL SELECT l.customer_id, FALSE, l.principal FROM loan l"
                + "   WHERE l.status = 'CONTRACTED' AND l.latest_drawdown_date >= " + date
                + (excludedApplication == null ? "" : " AND l.application_id <> " + excludedApplication)
                + " UNION ALL SELECT a.customer_id, FALSE, a.amount FROM loan_application a"
                + "   WHERE a.status = 'APPROVED' AND a.offer_expires_on >= " + date
                + (excludedApplication == null ? "" : " AND a.id <> " + excludedApplication) + ") ";
    }

    private static final String DRAWN_COMMITTED = "coalesce(sum(e.amount) FILTER (WHERE e.drawn), 0),"
            + " coalesce(sum(e.amount) FILTER (WHERE NOT e.drawn), 0)";
    private static final String BORROWER_EXPOSURE = EXPOSURE + "SELECT " + DRAWN_COMMITTED
            + " FROM e WHERE e.customer_id = ?1";
    private static final String GROUP_EXPOSURE = EXPOSURE + ", g AS ("
                    + " SELECT CAST(?1 AS uuid) AS id"
                    + " UNION SELECT guarantor_customer_id FROM guarantee_link WHERE customer_id = ?1"
                    + "   AND (valid_to IS NULL OR valid_to >= ?2)"
                    + " UNION SELECT customer_id FROM guarantee_link WHERE guarantor_customer_id = ?1"
                    + "   AND (valid_to IS NULL OR valid_to >= ?2))"
                    + " SELECT " + DRAWN_COMMITTED + ", (SELECT count(*) FROM g) FROM e JOIN g ON e.customer_id = g.id";
    private static final String CIRCLE_MEMBERS =
            "SELECT CAST(m.customer_id AS varchar) FROM guarantee_circle_member m WHERE m.circle_key ="
                    + " (SELECT c.circle_key FROM guarantee_circle_member c WHERE c.customer_id = ?1)";
    private static final String CIRCLE_EXPOSURE = EXPOSURE + "SELECT " + DRAWN_COMMITTED
            + " FROM e WHERE e.customer_id = ?1"
            + " OR e.customer_id IN (SELECT m.customer_id FROM guarantee_circle_member m WHERE m.circle_key ="
            + " (SELECT c.circle_key FROM guarantee_circle_member c WHERE c.customer_id = ?1))";
    private static final String INDUSTRY_EXPOSURE = EXPOSURE + "SELECT"
            + " coalesce(sum(e.amount) FILTER (WHERE e.drawn AND substr(b.industry_code, 1, 1) = ?1), 0),"
            + " coalesce(sum(e.amount) FILTER (WHERE NOT e.drawn AND substr(b.industry_code, 1, 1) = ?1), 0),"
            + " " + DRAWN_COMMITTED
            + " FROM e LEFT JOIN borrower b ON b.customer_id = e.customer_id";
    /** The whole book by industry section (?1 the business date), for {@link BookSnapshot}. */
    private static final String BOOK_BY_SECTION = exposure("?1", null)
            + "SELECT substr(b.industry_code, 1, 1), " + DRAWN_COMMITTED
            + " FROM e LEFT JOIN borrower b ON b.customer_id = e.customer_id GROUP BY 1";
    /** Whether application ?2 is itself in the book on ?1 (an open offer or an undrawn contract). */
    private static final String IN_THE_BOOK = "SELECT (SELECT count(*) FROM loan l WHERE l.status = 'CONTRACTED'"
            + " AND l.latest_drawdown_date >= ?1 AND l.application_id = ?2)"
            + " + (SELECT count(*) FROM loan_application a WHERE a.status = 'APPROVED' AND a.offer_expires_on >= ?1"
            + " AND a.id = ?2)";

    /**
     * The book's totals by industry section as of {@code takenAt}: the industry concentration of a decision is
     * measured against it while it is younger than {@code origination.limits.industry-snapshot-max-age}, instead of
     * summing the whole book for every decision (that sum grows with the book: at 10,000 open offers it took 35-60 ms
     * of the database's CPU per decision). Customer-level limits (single borrower, group, circle) are always exact.
     */
    record BookSnapshot(LocalDate on, Instant takenAt, Map<String, BigDecimal[]> bySection, BigDecimal drawn,
                        BigDecimal committed) {
        boolean servesFor(LocalDate date, Instant now, Duration maxAge) {
            return on.equals(date) && !maxAge.isZero() && now.isBefore(takenAt.plus(maxAge));
        }

        /** Drawn and committed of the section, then of the whole book. */
        Object[] row(String section) {
            BigDecimal[] s = bySection.getOrDefault(section, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            return new Object[]{s[0], s[1], drawn, committed};
        }
    }

    private final Duration snapshotMaxAge;
    private volatile BookSnapshot snapshot;

    public BorrowerFacts(OriginationConfig config) {
        this.snapshotMaxAge = config.limits().industrySnapshotMaxAge();
    }

    /** The facts for deciding (or contracting) application {@code applicationId}, which is never its own exposure. */
    public Uni<Facts> load(UUID customerId, UUID applicationId, LocalDate businessDate) {
        return Borrower.<Borrower>findById(customerId).chain(borrower ->
                BorrowerRating.<BorrowerRating>findById(customerId).chain(rating ->
                CreditBlock.<CreditBlock>findById(customerId).chain(block ->
                CreditWatch.<CreditWatch>findById(customerId).chain(watch ->
                SanctionsFlag.<SanctionsFlag>findById(customerId).chain(sanctions ->
                BorrowerStatement.<BorrowerStatement>findById(customerId).chain(statement ->
                circle(customerId).chain(circle ->
                exposures(customerId, applicationId, borrower, circle, businessDate).map(exposures ->
                        new Facts(borrower, rating, block, watch, sanctions, statement, circle, exposures)))))))));
    }

    private Uni<Set<UUID>> circle(UUID customerId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(CIRCLE_MEMBERS).setParameter(1, customerId)
                .getResultList()).map(rows -> {
                    Set<UUID> out = new HashSet<>();
                    for (Object r : (List<?>) rows) {
                        out.add(UUID.fromString(r.toString()));
                    }
                    out.remove(customerId);
                    return out;
                });
    }

    private Uni<ExposureLimits.Exposures> exposures(UUID customerId, UUID applicationId, Borrower borrower,
                                                    Set<UUID> circle, LocalDate on) {
        String section = borrower == null || borrower.industryCode == null || borrower.industryCode.isEmpty()
                ? "?" : borrower.industryCode.substring(0, 1);
        return row(BORROWER_EXPOSURE, customerId, on, applicationId).chain(own ->
                row(GROUP_EXPOSURE, customerId, on, applicationId).chain(group ->
                row(CIRCLE_EXPOSURE, customerId, on, applicationId).chain(circleExposure ->
                industry(section, on, applicationId).map(industry -> new ExposureLimits.Exposures(
                        decimal(own[0]), decimal(group[0]), ((Number) group[2]).intValue(), decimal(circleExposure[0]),
                        circle.size() + 1, section, decimal(industry[0]), decimal(industry[2]), decimal(own[1]),
                        decimal(group[1]), decimal(circleExposure[1]), decimal(industry[1]),
                        decimal(industry[3]))))));
    }

    /**
     * Industry-section and book exposure without the application being decided: from the book snapshot when the
     * application is not itself in the book (a new decision), else exact (re-pricing an open offer, contracting).
     */
    private Uni<Object[]> industry(String section, LocalDate on, UUID applicationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(IN_THE_BOOK, Long.class).setParameter(1, on)
                .setParameter(2, applicationId).getSingleResult()).chain(own -> {
                    if (own > 0) {
                        return row(INDUSTRY_EXPOSURE, section, on, applicationId);
                    }
                    BookSnapshot held = snapshot;
                    Instant now = Instant.now();
                    if (held != null && held.servesFor(on, now, snapshotMaxAge)) {
                        return Uni.createFrom().item(held.row(section));
                    }
                    return bookBySection(on, now).invoke(taken -> snapshot = taken).map(taken -> taken.row(section));
                });
    }

    private static Uni<BookSnapshot> bookBySection(LocalDate on, Instant takenAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(BOOK_BY_SECTION).setParameter(1, on).getResultList())
                .map(rows -> {
                    Map<String, BigDecimal[]> bySection = new HashMap<>();
                    BigDecimal drawn = BigDecimal.ZERO.setScale(2);
                    BigDecimal committed = BigDecimal.ZERO.setScale(2);
                    for (Object r : rows) {
                        Object[] row = (Object[]) r;
                        BigDecimal d = decimal(row[1]);
                        BigDecimal c = decimal(row[2]);
                        if (row[0] != null) {
                            // borrowers without an industry count in the book only (as INDUSTRY_EXPOSURE)
                            bySection.put(row[0].toString(), new BigDecimal[]{d, c});
                        }
                        drawn = drawn.add(d);
                        committed = committed.add(c);
                    }
                    return new BookSnapshot(on, takenAt, Map.copyOf(bySection), drawn, committed);
                });
    }

    private static Uni<Object[]> row(String sql, Object first, LocalDate on, UUID applicationId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter(1, first).setParameter(2, on)
                .setParameter(3, applicationId).getSingleResult()).map(r -> (Object[]) r);
    }

    private static BigDecimal decimal(Object o) {
        return (o instanceof BigDecimal b ? b : new BigDecimal(o.toString())).setScale(2, RoundingMode.HALF_UP);
    }
}
