package org.smecredit.rating.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * One rating of a customer: a row of its rating history, never updated or deleted (the table refuses both). The
 * latest row is the customer's current rating.
 */
@Entity
@Table(name = "rating")
public class Rating extends PanacheEntityBase {
    private static final Sort NEWEST_FIRST = Sort.descending("ratedAt");

    @Id
    public UUID id;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    /** The model's score, 0..100, before any notching. */
    @Column(nullable = false, updatable = false)
    public int score;
    /** The grade the score maps to on the master scale. */
    @Column(name = "model_grade", nullable = false, updatable = false)
    public String modelGrade;
    /** Notches the grade was lowered from the model grade (e.g. for an open early warning). */
    @Column(name = "downgrade_notches", nullable = false, updatable = false)
    public int downgradeNotches;
    /** The assigned grade. */
    @Column(nullable = false, updatable = false)
    public String grade;
    /** One-year PD of the assigned grade, decimal, scale 6. */
    @Column(nullable = false, updatable = false)
    public BigDecimal pd;
    @Column(name = "model_version", nullable = false, updatable = false)
    public String modelVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_trigger", nullable = false, updatable = false)
    public RatingTrigger trigger;
    /** What caused it: the statement-filed CloudEvent id, or the early-warning signal id. */
    @Column(name = "cause_id", updatable = false)
    public UUID causeId;
    @Column(name = "statement_id", updatable = false)
    public UUID statementId;
    /** The drivers, most adverse first, as a JSON array of {@link RatingView.DriverView}. */
    @Column(nullable = false, updatable = false)
    public String drivers;
    /** Business date of the rating. */
    @Column(name = "rated_on", nullable = false, updatable = false)
    public LocalDate ratedOn;
    @Column(name = "rated_at", nullable = false, updatable = false)
    public Instant ratedAt;
    @Column(name = "rated_by", nullable = false, updatable = false)
    public String ratedBy;
    /** The grade of the customer's rating before this one; null for a first rating. */
    @Column(name = "previous_grade", updatable = false)
    public String previousGrade;
    /** The model's own PD of the score (floored), scale 8; the rating's {@link #pd} is the grade's PD. */
    @Column(name = "model_pd", updatable = false)
    public BigDecimal modelPd;
    /** The statement line items the model read, as a JSON object (CNY). */
    @Column(updatable = false)
    public String inputs;
    /** The qualitative module's assessment (JSON of {@code QualitativeAssessment}); null for ratings before V4. */
    @Column(updatable = false)
    public String qualitative;

    public static Uni<Rating> latestOf(UUID customerId) {
        return find("customerId", NEWEST_FIRST, customerId).firstResult();
    }

    public static Uni<List<Rating>> historyOf(UUID customerId) {
        return list("customerId", NEWEST_FIRST, customerId);
    }
}
