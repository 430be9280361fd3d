package org.smecredit.monitoring.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** The latest one-year PD of a borrower, from rating-service. */
@Entity
@Table(name = "customer_pd")
public class CustomerPd extends PanacheEntityBase {
    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "rating_id", nullable = false)
    public UUID ratingId;

    @Column(nullable = false)
    public String grade;

    @Column(nullable = false)
    public BigDecimal pd;

    @Column(name = "rated_on", nullable = false)
    public LocalDate ratedOn;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Uni<Map<UUID, CustomerPd>> ofCustomers(Collection<UUID> customerIds) {
        return CustomerPd.<CustomerPd>list("customerId in ?1", customerIds)
                .map(list -> list.stream().collect(Collectors.toMap(p -> p.customerId, Function.identity())));
    }
}
