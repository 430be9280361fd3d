package org.smecredit.monitoring.watchlist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * One stay of a borrower on the watch list: ACTIVE (owner, next review date) until removed with a reason. At most
 * one ACTIVE entry per borrower (unique index); the classification reads ACTIVE entries (IFRS 9 §5.5.3 watch list).
 */
@Entity
@Table(name = "watch_list_entry")
public class WatchListEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WatchListStatus status;

    @Column(nullable = false, columnDefinition = "text")
    public String reason;

    public String owner;

    @Column(name = "review_on")
    public LocalDate reviewOn;

    @Column(name = "added_on", nullable = false, updatable = false)
    public LocalDate addedOn;

    @Column(name = "added_by", nullable = false, updatable = false)
    public String addedBy;

    @Column(name = "removed_on")
    public LocalDate removedOn;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removal_reason", columnDefinition = "text")
    public String removalReason;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Uni<WatchListEntry> activeOf(UUID customerId) {
        return find("customerId = ?1 and status = ?2", customerId, WatchListStatus.ACTIVE).firstResult();
    }

    public void change(String newOwner, LocalDate newReviewOn, Instant at) {
        requireActive("be changed");
        if (newOwner != null) {
            owner = newOwner;
        }
        if (newReviewOn != null) {
            reviewOn = newReviewOn;
        }
        updatedAt = at;
    }

    public void remove(String by, String why, LocalDate on, Instant at) {
        requireActive("be removed");
        status = WatchListStatus.REMOVED;
        removedBy = by;
        removedOn = on;
        removalReason = why;
        updatedAt = at;
    }

    private void requireActive(String action) {
        if (status != WatchListStatus.ACTIVE) {
            throw ProblemException.illegalTransition("watch-list entry " + id, status, action);
        }
    }
}
