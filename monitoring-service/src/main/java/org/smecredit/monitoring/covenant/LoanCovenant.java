package org.smecredit.monitoring.covenant;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A financial covenant of a loan: the kind and its limit (a maximum or a minimum, see {@link CovenantKind}). */
@Entity
@Table(name = "loan_covenant")
@IdClass(LoanCovenant.Key.class)
public class LoanCovenant extends PanacheEntityBase {
    @Id
    @Column(name = "loan_id")
    public UUID loanId;

    @Id
    @Enumerated(EnumType.STRING)
    public CovenantKind kind;

    @Column(name = "limit_value", nullable = false)
    public BigDecimal limit;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    public static class Key implements Serializable {
        public UUID loanId;
        public CovenantKind kind;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(loanId, k.loanId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(loanId, kind);
        }
    }
}
