package org.smecredit.collections.strategy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Length;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The officer-entered inputs of a case's strategy valuation, stored as the JSON of {@link StrategyInputsRequest}. */
@Entity
@Table(name = "strategy_inputs")
public class StrategyInputs extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false, length = Length.LONG32)
    public String inputs;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    @Version
    public long version;
}
