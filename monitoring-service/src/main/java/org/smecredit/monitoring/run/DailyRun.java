package org.smecredit.monitoring.run;

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

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** The end-of-day run of one business date, with its summary once completed. */
@Entity
@Table(name = "daily_run")
public class DailyRun extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "business_date", nullable = false, unique = true, updatable = false)
    public LocalDate businessDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DailyRunStatus status;

    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "loans_assessed")
    public Integer loansAssessed;

    @Column(name = "normal_count")
    public Integer normalCount;

    @Column(name = "special_mention_count")
    public Integer specialMentionCount;

    @Column(name = "substandard_count")
    public Integer substandardCount;

    @Column(name = "doubtful_count")
    public Integer doubtfulCount;

    @Column(name = "loss_count")
    public Integer lossCount;

    @Column(name = "stage1_count")
    public Integer stage1Count;

    @Column(name = "stage2_count")
    public Integer stage2Count;

    @Column(name = "stage3_count")
    public Integer stage3Count;

    @Column(name = "total_outstanding")
    public BigDecimal totalOutstanding;

    @Column(name = "total_ecl")
    public BigDecimal totalEcl;

    @Column(name = "classified_events")
    public Integer classifiedEvents;

    @Column(name = "warning_events")
    public Integer warningEvents;

    @Column(name = "default_events")
    public Integer defaultEvents;

    @Version
    public long version;

    public static Uni<DailyRun> forDate(LocalDate date) {
        return find("businessDate", date).firstResult();
    }

    /** The latest completed run, or null. */
    public static Uni<DailyRun> lastCompleted() {
        return find("status = ?1 order by businessDate desc", DailyRunStatus.COMPLETED).firstResult();
    }

    /** A run started and not completed (a crash, or one under way), or null. */
    public static Uni<DailyRun> unfinished() {
        return find("status = ?1 order by businessDate", DailyRunStatus.RUNNING).firstResult();
    }
}
