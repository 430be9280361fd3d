package org.smecredit.customer.customer;

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

import org.smecredit.customer.size.SizeClass;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** An SME customer of the bank, identified by its USCC. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String uscc;

    @Column(name = "legal_name", nullable = false)
    public String legalName;

    @Column(name = "industry_code", nullable = false)
    public String industryCode;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    public Integer employees;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(name = "relationship_manager")
    public String relationshipManager;

    @Column(name = "registered_address")
    public String registeredAddress;

    @Column(name = "legal_form")
    @Enumerated(EnumType.STRING)
    public LegalForm legalForm;

    @Column(name = "registered_capital")
    public BigDecimal registeredCapital;

    @Column(name = "legal_representative")
    public String legalRepresentative;

    /** Shareholders as a JSON array of {@link Shareholder}; read and written through {@link ShareholdersJson}. */
    @Column(name = "shareholders", columnDefinition = "text")
    public String shareholders;

    /** Corporate group the customer declares it belongs to (集团客户); matched across customers case-insensitively. */
    @Column(name = "group_name")
    public String groupName;

    /** USCC of the declared direct parent company; the parent need not be a customer of the bank. */
    @Column(name = "parent_uscc")
    public String parentUscc;

    @Column(name = "size_class")
    @Enumerated(EnumType.STRING)
    public SizeClass sizeClass;

    /** Period end of the statement the size class was computed from. */
    @Column(name = "size_class_basis")
    public LocalDate sizeClassBasis;

    @Column(name = "out_of_segment", nullable = false)
    public boolean outOfSegment;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Version
    public long version;

    public static Uni<Customer> findByUscc(String uscc) {
        return find("uscc", uscc).firstResult();
    }
}
