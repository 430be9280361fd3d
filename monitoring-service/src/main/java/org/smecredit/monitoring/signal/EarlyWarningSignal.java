package org.smecredit.monitoring.signal;

import java.math.BigDecimal;
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

/**
 * An early-warning signal on a loan, with its evidence and its handling: OPEN → ACKNOWLEDGED → RESOLVED. The id is
 * the {@code signalId} of the {@code monitoring.early-warning-raised} event that announced it.
 */
@Entity
@Table(name = "early_warning_signal")
public class EarlyWarningSignal extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Column(name = "signal_type", nullable = false, updatable = false)
    public String signalType;

    @Column(nullable = false, updatable = false)
    public String severity;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String evidence;

    @Column(updatable = false)
    public BigDecimal measured;

    @Column(updatable = false)
    public BigDecimal threshold;

    @Column(name = "raised_on", nullable = false, updatable = false)
    public LocalDate raisedOn;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SignalStatus status;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    public String dedupKey;

    @Column(name = "watch_list_entry_id")
    public UUID watchListEntryId;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledgement_note", columnDefinition = "text")
    public String acknowledgementNote;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolution_note", columnDefinition = "text")
    public String resolutionNote;

    @Version
    public long version;

    /** OPEN → ACKNOWLEDGED; anything else is an illegal transition (409). */
    public void acknowledge(String by, String note, Instant at) {
        if (status != SignalStatus.OPEN) {
            throw ProblemException.illegalTransition("signal " + id, status, "be acknowledged");
        }
        status = SignalStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
        acknowledgementNote = note;
    }

    /** ACKNOWLEDGED → RESOLVED with a note; an open signal must be acknowledged first (409). */
    public void resolve(String by, String note, Instant at) {
        if (status != SignalStatus.ACKNOWLEDGED) {
            throw ProblemException.illegalTransition("signal " + id, status, "be resolved");
        }
        status = SignalStatus.RESOLVED;
        resolvedBy = by;
        resolvedAt = at;
        resolutionNote = note;
    }
}
