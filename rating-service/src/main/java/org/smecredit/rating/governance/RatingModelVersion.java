package org.smecredit.rating.governance;

import java.time.Instant;
import java.time.LocalDate;

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
 * A rating model version and its activation: a risk manager proposes it, another risk manager approves it (four
 * eyes; the database refuses an approver equal to the proposer as well). Approval makes it the only ACTIVE version.
 */
@Entity
@Table(name = "rating_model_version")
public class RatingModelVersion extends PanacheEntityBase {
    /** Who "proposed" the version a fresh database starts with: the manifest shipped with the service. */
    public static final String SHIPPED = "system:manifest";

    @Id
    public String version;
    @Column(nullable = false)
    public String sha256;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModelStatus status;
    @Column(name = "proposed_by")
    public String proposedBy;
    @Column(name = "proposed_at")
    public Instant proposedAt;
    @Column(name = "proposal_comment")
    public String proposalComment;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "activated_on")
    public LocalDate activatedOn;

    public static Uni<RatingModelVersion> active() {
        return find("status", ModelStatus.ACTIVE).firstResult();
    }

    /** Proposes this version for activation; only an available or retired version can be proposed. */
    public void propose(String proposer, String comment, Instant at) {
        if (status != ModelStatus.AVAILABLE && status != ModelStatus.RETIRED) {
            throw ProblemException.illegalTransition("rating model " + version, status, "propose");
        }
        status = ModelStatus.PROPOSED;
        proposedBy = proposer;
        proposedAt = at;
        proposalComment = comment;
        approvedBy = null;
        approvedAt = null;
    }

    /** Approves the proposal: four eyes, the proposer never approves (403 four-eyes problem). */
    public void approve(String approver, Instant at, LocalDate businessDate) {
        if (status != ModelStatus.PROPOSED) {
            throw ProblemException.illegalTransition("rating model " + version, status, "approve");
        }
        if (approver.equals(proposedBy)) {
            throw ProblemException.fourEyes("the activation of model " + version
                    + " was proposed by " + approver + "; another risk manager must approve it");
        }
        status = ModelStatus.ACTIVE;
        approvedBy = approver;
        approvedAt = at;
        activatedOn = businessDate;
    }

    /** Withdraws a proposal; anyone with the role may, the proposer included (it activates nothing). */
    public void withdraw() {
        if (status != ModelStatus.PROPOSED) {
            throw ProblemException.illegalTransition("rating model " + version, status, "withdraw");
        }
        status = activatedOn == null ? ModelStatus.AVAILABLE : ModelStatus.RETIRED;
    }

    public void retire() {
        status = ModelStatus.RETIRED;
    }
}
