package org.smecredit.origination.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One person's approval of a referred application. A committee case needs two, from distinct people. */
@Entity
@Table(name = "application_approval")
public class ApplicationApproval extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public String approver;

    @Column(nullable = false, updatable = false)
    public String comment;

    @Column(name = "approved_at", nullable = false, updatable = false)
    public Instant approvedAt;

    /** The application's review round it was given in; a re-referral starts a new round. */
    @Column(name = "review_round", nullable = false, updatable = false)
    public int reviewRound = 1;
}
