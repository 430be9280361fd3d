package org.smecredit.origination.borrower;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The latest rating of a customer, replicated from {@code rating.assigned.v1}. */
@Entity
@Table(name = "borrower_rating")
public class BorrowerRating extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "rating_id", nullable = false)
    public UUID ratingId;

    @Column(nullable = false)
    public String grade;

    /** One-year probability of default, decimal. */
    @Column(nullable = false)
    public BigDecimal pd;

    @Column(name = "rated_on", nullable = false)
    public LocalDate ratedOn;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /**
     * Whether a rating dated {@code ratedOn} supersedes this one: a later (or same-day, later-arriving) rating
     * does; an older one arriving late does not.
     */
    public boolean isSupersededBy(UUID otherRatingId, LocalDate otherRatedOn) {
        return !ratingId.equals(otherRatingId) && !otherRatedOn.isBefore(ratedOn);
    }
}
