package org.smecredit.origination.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * An {@code Idempotency-Key} a caller sent with {@code POST /api/applications}, {@code .../drafts} or
 * {@code .../{id}/disbursement}: the SHA-256 of the request and the application it created or disbursed. Keys are scoped to the caller, so two callers' keys never collide.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String caller;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String key;

    @Column(name = "request_hash", nullable = false, updatable = false)
    public String requestHash;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Uni<IdempotencyRecord> find(String caller, String key) {
        return find("caller = ?1 and key = ?2", caller, key).firstResult();
    }
}
