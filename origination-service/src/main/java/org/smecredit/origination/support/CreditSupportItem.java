package org.smecredit.origination.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One guarantee, mortgage or pledge offered with an application, with what the assessment recognised of it. */
@Entity
@Table(name = "credit_support")
public class CreditSupportItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_type", nullable = false, updatable = false)
    public CreditSupportType type;

    /** Appraised value (collateral) or guaranteed amount (guarantee), CNY. */
    @Column(nullable = false, updatable = false)
    public BigDecimal valuation;

    @Column(name = "valuation_date", nullable = false, updatable = false)
    public LocalDate valuationDate;

    /** The bank's haircut from appraised to prudent value, decimal. */
    @Column(nullable = false, updatable = false)
    public BigDecimal haircut;

    @Column(name = "guarantor_customer_id", updatable = false)
    public UUID guarantorCustomerId;

    @Column(updatable = false)
    public String description;

    /** Set by the assessment at decision time. */
    @Column(name = "recognised_value")
    public BigDecimal recognisedValue;

    @Column(name = "in_guarantee_circle", nullable = false)
    public boolean inGuaranteeCircle;

    public String note;

    public CreditSupportAssessment.Item toItem() {
        return new CreditSupportAssessment.Item(type, valuation, valuationDate, haircut, guarantorCustomerId);
    }
}
