package org.smecredit.rating.override;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * A proposed notch change of a rating. The aggregate guards its own transitions: only a PROPOSED override is
 * decided, once, and never by its proposer (maker-checker, DESIGN.md principle 4).
 */
@Entity
@Table(name = "rating_override")
public class RatingOverride extends PanacheEntityBase {
    /** At most this many grades either way: a bigger change is a new rating, not an override. */
    public static final int MAX_NOTCHES = 3;

    @Id
    public UUID id;
    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;
    @Column(name = "rating_id", nullable = false, updatable = false)
    public UUID ratingId;
    /** Grades better (positive) or worse (negative) than the rating's grade. */
    @Column(nullable = false, updatable = false)
    public int notches;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public OverrideReason reason;
    @Column(nullable = false, updatable = false)
    public String comment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OverrideStatus status;
    @Column(name = "proposed_by", nullable = false, updatable = false)
    public String proposedBy;
    @Column(name = "proposed_at", nullable = false, updatable = false)
    public Instant proposedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_comment")
    public String decisionComment;
    @Column(name = "resulting_rating_id")
    public UUID resultingRatingId;

    /** Checks the proposal itself: a notch change within ±{@value #MAX_NOTCHES}, not zero. */
    public static void checkNotches(int notches) {
        if (notches == 0 || Math.abs(notches) > MAX_NOTCHES) {
            throw ProblemException.unprocessable("override-notches", "notches",
                    "an override moves the grade 1 to " + MAX_NOTCHES + " notches up (+) or down (-), not " + notches);
        }
    }

    /** Approve: only when proposed, only by someone other than the proposer. */
    public void approve(String approver, String comment, Instant at) {
        decide(approver, comment, at, OverrideStatus.APPROVED, "approve");
    }

    public void reject(String approver, String comment, Instant at) {
        decide(approver, comment, at, OverrideStatus.REJECTED, "reject");
    }

    private void decide(String approver, String comment, Instant at, OverrideStatus to, String action) {
        if (status != OverrideStatus.PROPOSED) {
            throw ProblemException.illegalTransition("rating override", status, action);
        }
        if (approver.equals(proposedBy)) {
            throw ProblemException.fourEyes(
                    "the proposer of an override cannot " + action + " it: a second person decides");
        }
        status = to;
        decidedBy = approver;
        decidedAt = at;
        decisionComment = comment;
    }

    public static Uni<List<RatingOverride>> all() {
        return listAll();
    }
}
