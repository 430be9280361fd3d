package org.smecredit.monitoring.industry;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A risk manager's alert on an industry (GB/T 4754 code or prefix): OPEN until closed. */
@Entity
@Table(name = "industry_alert")
public class IndustryAlert extends PanacheEntityBase {
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    @Id
    public UUID id;

    @Column(name = "industry_code", nullable = false, updatable = false)
    public String industryCode;

    @Column(nullable = false, updatable = false)
    public String severity;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    public String reason;

    @Column(nullable = false)
    public String status;

    @Column(name = "raised_on", nullable = false, updatable = false)
    public LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false, updatable = false)
    public String raisedBy;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "close_note", columnDefinition = "text")
    public String closeNote;

    @Version
    public long version;

    public void close(String by, String note, LocalDate on) {
        if (!OPEN.equals(status)) {
            throw ProblemException.illegalTransition("industry alert " + id, status, "be closed");
        }
        status = CLOSED;
        closedBy = by;
        closedOn = on;
        closeNote = note;
    }
}
