package org.smecredit.customer.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Uscc;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Registers and reads customers; every change is audited and published through the outbox in one transaction. */
@ApplicationScoped
public class CustomerService {
    private final Outbox outbox;
    private final AuditTrail audit;

    public CustomerService(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<CustomerView> register(RegisterCustomerRequest r, Actor actor) {
        String usccProblem = Uscc.problem(r.uscc());
        if (usccProblem != null) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-uscc", "uscc", usccProblem));
        }
        return Customer.findByUscc(r.uscc()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException
                        .conflict("duplicate-uscc", "a customer with USCC " + r.uscc() + " already exists")
                        .with("existingId", existing.id));
            }
            Customer c = new Customer();
            c.id = UUID.randomUUID();
            c.uscc = r.uscc();
            c.legalName = r.legalName().strip();
            c.industryCode = r.industryCode();
            c.regionCode = r.regionCode();
            c.employees = r.employees();
            c.establishedOn = r.establishedOn();
            c.relationshipManager = r.relationshipManager() != null ? r.relationshipManager() : actor.name();
            c.registeredAt = Instant.now();
            c.registeredBy = actor.name();
            CustomerView view = CustomerView.of(c);
            return c.persist()
                    .chain(() -> audit.record(actor, "customer.registered", "customer", c.id, null, view))
                    .chain(() -> outbox.append(EventTypes.CUSTOMER_REGISTERED, c.id, new CustomerRegistered(
                            c.id, c.uscc, c.legalName, c.industryCode, c.regionCode, c.employees, c.establishedOn,
                            c.relationshipManager)))
                    .replaceWith(view);
        });
    }

    @WithSession
    public Uni<CustomerView> get(UUID id) {
        return Customer.<Customer>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .map(CustomerView::of);
    }

    @WithSession
    public Uni<CustomerView> findByUscc(String uscc) {
        return Customer.findByUscc(uscc)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer with USCC", uscc))
                .map(CustomerView::of);
    }
}
