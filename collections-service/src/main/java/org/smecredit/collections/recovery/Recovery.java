package org.smecredit.collections.recovery;

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

/** Money recovered on a collection case. Append-only: a wrong booking is corrected by a later issue's reversal. */
@Entity
@Table(name = "recovery")
public class Recovery extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    public UUID caseId;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RecoverySource source;

    @Column(name = "value_date", nullable = false, updatable = false)
    public LocalDate valueDate;

    @Column(updatable = false)
    public String reference;

    /** Core banking's booking id (COREBANKING only): a repayment delivered twice has one effect. */
    @Column(name = "repayment_id", updatable = false)
    public UUID repaymentId;

    /** The client's {@code Idempotency-Key} (MANUAL only, optional). */
    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    /** Total recovered on the case, this recovery included. */
    @Column(name = "recovered_to_date", nullable = false, updatable = false)
    public BigDecimal recoveredToDate;

    /** Booked on a case that was already closed (written off). */
    @Column(name = "after_closure", nullable = false, updatable = false)
    public boolean afterClosure;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    public static Uni<Recovery> findByRepaymentId(UUID repaymentId) {
        return find("repaymentId", repaymentId).firstResult();
    }

    public static Uni<Recovery> findByIdempotencyKey(UUID caseId, String key) {
        return find("caseId = ?1 and idempotencyKey = ?2", caseId, key).firstResult();
    }

    public static Uni<List<Recovery>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("recordedAt").and("id"), caseId).list();
    }
}
