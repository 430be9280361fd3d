package org.smecredit.origination.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.origination.borrower.Borrower;
import org.smecredit.origination.borrower.BorrowerRating;
import org.smecredit.origination.borrower.BorrowerStatement;
import org.smecredit.origination.borrower.CreditBlock;
import org.smecredit.origination.borrower.CreditWatch;
import org.smecredit.origination.borrower.SanctionsFlag;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.pricing.Rates;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Loads what a credit decision reads about a borrower from origination's own tables (read models of other
 * services' events and its own loan book): rating, block, watch, sanctions flag, latest statement, guarantee circle
 * and live exposures. Runs in the caller's session with the customer's lock held.
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

    private static final String LIVE = "l.maturity_date >= ?2";
    private static final String BORROWER_EXPOSURE =
            "SELECT coalesce(sum(l.principal), 0) FROM loan l WHERE l.customer_id = ?1 AND " + LIVE;
    private static final String GROUP_EXPOSURE =
            "SELECT coalesce(sum(l.principal), 0), count(DISTINCT g.id) FROM ("
                    + " SELECT CAST(?1 AS uuid) AS id"
                    + " UNION SELECT guarantor_customer_id FROM guarantee_link WHERE customer_id = ?1"
                    + "   AND (valid_to IS NULL OR valid_to >= ?2)"
                    + " UNION SELECT customer_id FROM guarantee_link WHERE guarantor_customer_id = ?1"
                    + "   AND (valid_to IS NULL OR valid_to >= ?2)) g"
                    + " LEFT JOIN loan l ON l.customer_id = g.id AND " + LIVE;
    private static final String CIRCLE_MEMBERS =
            "SELECT CAST(m.customer_id AS varchar) FROM guarantee_circle_member m WHERE m.circle_key ="
                    + " (SELECT c.circle_key FROM guarantee_circle_member c WHERE c.customer_id = ?1)";
    private static final String CIRCLE_EXPOSURE =
            "SELECT coalesce(sum(l.principal), 0) FROM loan l WHERE " + LIVE + " AND (l.customer_id = ?1"
                    + " OR l.customer_id IN (SELECT m.customer_id FROM guarantee_circle_member m WHERE m.circle_key ="
                    + " (SELECT c.circle_key FROM guarantee_circle_member c WHERE c.customer_id = ?1)))";
    private static final String INDUSTRY_EXPOSURE =
            "SELECT coalesce(sum(l.principal) FILTER (WHERE substr(b.industry_code, 1, 1) = ?1), 0),"
                    + " coalesce(sum(l.principal), 0)"
                    + " FROM loan l LEFT JOIN borrower b ON b.customer_id = l.customer_id WHERE " + LIVE;

    public Uni<Facts> load(UUID customerId, LocalDate businessDate) {
        return Borrower.<Borrower>findById(customerId).chain(borrower ->
                BorrowerRating.<BorrowerRating>findById(customerId).chain(rating ->
                CreditBlock.<CreditBlock>findById(customerId).chain(block ->
                CreditWatch.<CreditWatch>findById(customerId).chain(watch ->
                SanctionsFlag.<SanctionsFlag>findById(customerId).chain(sanctions ->
                BorrowerStatement.<BorrowerStatement>findById(customerId).chain(statement ->
                circle(customerId).chain(circle ->
                exposures(customerId, borrower, circle, businessDate).map(exposures ->
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

    private Uni<ExposureLimits.Exposures> exposures(UUID customerId, Borrower borrower, Set<UUID> circle,
                                                    LocalDate on) {
        String section = borrower == null || borrower.industryCode == null || borrower.industryCode.isEmpty()
                ? "?" : borrower.industryCode.substring(0, 1);
        return single(BORROWER_EXPOSURE, customerId, on).chain(own ->
                row(GROUP_EXPOSURE, customerId, on).chain(group ->
                single(CIRCLE_EXPOSURE, customerId, on).chain(circleExposure ->
                row(INDUSTRY_EXPOSURE, section, on).map(industry -> new ExposureLimits.Exposures(
                        decimal(own), decimal(group[0]), ((Number) group[1]).intValue(), decimal(circleExposure),
                        circle.size() + 1, section, decimal(industry[0]), decimal(industry[1]))))));
    }

    private static Uni<Object> single(String sql, Object first, LocalDate on) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter(1, first).setParameter(2, on)
                .getSingleResult());
    }

    private static Uni<Object[]> row(String sql, Object first, LocalDate on) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter(1, first).setParameter(2, on)
                .getSingleResult()).map(r -> (Object[]) r);
    }

    private static BigDecimal decimal(Object o) {
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
