package org.smecredit.origination.application;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.smecredit.origination.decision.CreditPolicy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One decision on an application — the system's under the policy, or a credit approver's — with its reasons. */
@Entity
@Table(name = "application_decision")
public class ApplicationDecision extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CreditPolicy.Outcome outcome;

    @Column(nullable = false, updatable = false)
    public boolean automatic;

    /** Reasons, one per line. */
    @Column(nullable = false, updatable = false)
    public String reasons;

    /** The approver's comment on a manual decision. */
    @Column(updatable = false)
    public String comment;

    @Column(name = "decided_by", nullable = false, updatable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    public Instant decidedAt;

    public static ApplicationDecision of(UUID applicationId, CreditPolicy.Outcome outcome, boolean automatic,
                                         List<String> reasons, String comment, String decidedBy, Instant at) {
        ApplicationDecision d = new ApplicationDecision();
        d.id = UUID.randomUUID();
        d.applicationId = applicationId;
        d.outcome = outcome;
        d.automatic = automatic;
        d.reasons = String.join("\n", reasons.stream().map(r -> r.replace('\n', ' ')).toList());
        d.comment = comment;
        d.decidedBy = decidedBy;
        d.decidedAt = at;
        return d;
    }

    public List<String> reasonList() {
        return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
    }
}
