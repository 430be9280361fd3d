package org.smecredit.monitoring.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * One rating a borrower received (rating.assigned.v1), kept for the grade-migration matrix: the grade as of a date
 * is the latest rating rated on or before it (same day: the one recorded last, {@code seq}).
 */
@Entity
@Table(name = "rating_history")
public class RatingHistory extends PanacheEntityBase {
    @Id
    @Column(name = "rating_id")
    public UUID ratingId;

    /** Arrival order, set by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "customer_id", nullable = false)
    public UUID customerId;

    @Column(nullable = false)
    public String grade;

    @Column(nullable = false)
    public BigDecimal pd;

    @Column(name = "rated_on", nullable = false)
    public LocalDate ratedOn;

    @Column(name = "previous_grade")
    public String previousGrade;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
