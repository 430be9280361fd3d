package org.smecredit.customer.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.Uscc;
import org.smecredit.contracts.customer.v1.CustomerRegistered;
import org.smecredit.contracts.customer.v1.ProfileUpdated;
import org.smecredit.customer.industry.IndustryCatalogue;
import org.smecredit.customer.size.SizeClass;
import org.smecredit.customer.size.SizeClassifier;
import org.smecredit.customer.statement.FinancialStatement;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Registers, updates and reads customers and keeps their MIIT 2011 size class current; every change is audited and
 * published through the outbox in one transaction.
 */
@ApplicationScoped
public class CustomerService {
    private final Outbox outbox;
    private final AuditTrail audit;
    private final IndustryCatalogue industries;
    private final SizeClassifier sizes;

    public CustomerService(Outbox outbox, AuditTrail audit, IndustryCatalogue industries, SizeClassifier sizes) {
        this.outbox = outbox;
        this.audit = audit;
        this.industries = industries;
        this.sizes = sizes;
    }

    @WithTransaction
    public Uni<CustomerView> register(RegisterCustomerRequest r, Actor actor) {
        String usccProblem = Uscc.problem(r.uscc());
        if (usccProblem != null) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-uscc", "uscc", usccProblem));
        }
        ProblemException invalid = firstProblem(r.industryCode(), r.shareholders());
        if (invalid != null) {
            return Uni.createFrom().failure(invalid);
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
            c.registeredAddress = r.registeredAddress();
            c.legalForm = r.legalForm();
            c.registeredCapital = r.registeredCapital() == null ? null : r.registeredCapital().setScale(2);
            c.legalRepresentative = r.legalRepresentative();
            c.shareholders = ShareholdersJson.write(r.shareholders());
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

    /**
     * Applies a partial update. Changing employees or industry recomputes the size class from the latest statement.
     * No change, no event.
     */
    @WithTransaction
    public Uni<CustomerView> update(UUID id, UpdateProfileRequest r, Actor actor) {
        return change(id, r, false, actor);
    }

    /** Replaces the profile: optional fields not given are cleared (relationship manager kept when not given). */
    @WithTransaction
    public Uni<CustomerView> replace(UUID id, ReplaceProfileRequest r, Actor actor) {
        return change(id, r.asUpdate(), true, actor);
    }

    private Uni<CustomerView> change(UUID id, UpdateProfileRequest r, boolean replace, Actor actor) {
        ProblemException invalid = firstProblem(r.industryCode(), r.shareholders());
        if (invalid != null) {
            return Uni.createFrom().failure(invalid);
        }
        return Customer.<Customer>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .chain(c -> {
                    CustomerView before = CustomerView.of(c);
                    List<String> changed = new ArrayList<>();
                    if (r.legalName() != null) c.legalName = set(changed, "legalName", c.legalName, r.legalName().strip());
                    if (r.industryCode() != null) c.industryCode = set(changed, "industryCode", c.industryCode, r.industryCode());
                    if (r.regionCode() != null) c.regionCode = set(changed, "regionCode", c.regionCode, r.regionCode());
                    if (r.employees() != null || replace) c.employees = set(changed, "employees", c.employees, r.employees());
                    if (r.establishedOn() != null || replace) c.establishedOn = set(changed, "establishedOn", c.establishedOn, r.establishedOn());
                    if (r.relationshipManager() != null) c.relationshipManager = set(changed, "relationshipManager", c.relationshipManager, r.relationshipManager());
                    if (r.registeredAddress() != null || replace) c.registeredAddress = set(changed, "registeredAddress", c.registeredAddress, r.registeredAddress());
                    if (r.legalForm() != null || replace) c.legalForm = set(changed, "legalForm", c.legalForm, r.legalForm());
                    if (r.registeredCapital() != null || replace) {
                        BigDecimal capital = r.registeredCapital() == null ? null : r.registeredCapital().setScale(2);
                        if (capital == null ? c.registeredCapital != null
                                : c.registeredCapital == null || c.registeredCapital.compareTo(capital) != 0) {
                            changed.add("registeredCapital");
                            c.registeredCapital = capital;
                        }
                    }
                    if (r.legalRepresentative() != null || replace) c.legalRepresentative = set(changed, "legalRepresentative", c.legalRepresentative, r.legalRepresentative());
                    if (r.shareholders() != null || replace) c.shareholders = set(changed, "shareholders", c.shareholders, ShareholdersJson.write(r.shareholders()));
                    if (changed.isEmpty()) {
                        return Uni.createFrom().item(before);
                    }
                    Uni<Void> sized = changed.contains("employees") || changed.contains("industryCode")
                            ? latestStatement(c.id).invoke(s -> {
                                if (s != null) {
                                    reclassify(c, s.periodEnd, s.revenue, s.totalAssets, changed);
                                }
                            }).replaceWithVoid()
                            : Uni.createFrom().voidItem();
                    return sized.chain(() -> publishUpdate(c, before, changed, actor));
                });
    }

    /**
     * Recomputes the size class after a statement was filed, inside the caller's transaction; audits and publishes
     * {@code customer.profile-updated.v1} when the class or its basis changed.
     */
    public Uni<Void> reclassifyOnStatement(UUID customerId, LocalDate periodEnd, BigDecimal revenue,
                                           BigDecimal totalAssets, Actor actor) {
        return Customer.<Customer>findById(customerId).chain(c -> {
            if (c.sizeClassBasis != null && c.sizeClassBasis.isAfter(periodEnd)) {
                return Uni.createFrom().voidItem(); // a restatement of an older period: the latest statement still rules
            }
            CustomerView before = CustomerView.of(c);
            List<String> changed = new ArrayList<>();
            reclassify(c, periodEnd, revenue, totalAssets, changed);
            if (changed.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return publishUpdate(c, before, changed, actor).replaceWithVoid();
        });
    }

    private void reclassify(Customer c, LocalDate basis, BigDecimal revenue, BigDecimal totalAssets, List<String> changed) {
        SizeClass size = sizes.classify(industries.miitGroup(c.industryCode),
                new SizeClassifier.Facts(c.employees, revenue, totalAssets)).orElse(null);
        if (size != c.sizeClass) {
            changed.add("sizeClass");
            c.sizeClass = size;
            c.outOfSegment = size != null && size.outOfSegment();
        }
        if (!Objects.equals(basis, c.sizeClassBasis)) {
            changed.add("sizeClassBasis");
            c.sizeClassBasis = basis;
        }
    }

    private Uni<CustomerView> publishUpdate(Customer c, CustomerView before, List<String> changed, Actor actor) {
        return publishUpdate(c, before, changed, actor, "customer.profile-updated");
    }

    private Uni<CustomerView> publishUpdate(Customer c, CustomerView before, List<String> changed, Actor actor,
                                            String auditAction) {
        c.updatedAt = Instant.now();
        c.updatedBy = actor.name();
        return Panache.flush().chain(() -> {
            CustomerView after = CustomerView.of(c);
            return audit.record(actor, auditAction, "customer", c.id, before, after)
                    .chain(() -> outbox.append(EventTypes.CUSTOMER_PROFILE_UPDATED, c.id, new ProfileUpdated(
                            c.id, c.uscc, c.legalName, c.industryCode, c.regionCode, c.employees, c.establishedOn,
                            c.relationshipManager, c.legalForm == null ? null : c.legalForm.name(), c.registeredCapital,
                            c.sizeClass == null ? null : c.sizeClass.name(), c.outOfSegment, List.copyOf(changed),
                            c.groupName, c.parentUscc)))
                    .replaceWith(after);
        });
    }

    /**
     * Declares (or, with both fields null, withdraws) the customer's group membership: the corporate group it belongs
     * to and its direct parent by USCC. Audited as {@code customer.group-membership-declared}; published as
     * {@code customer.profile-updated.v1} with {@code changedFields} naming groupName / parentUscc. A parent chain that
     * leads back to the customer is refused: control cannot run in a circle.
     */
    @WithTransaction
    public Uni<CustomerView> declareGroupMembership(UUID id, GroupMembershipRequest r, Actor actor) {
        String groupName = r.groupName() == null ? null : r.groupName().strip();
        String parentUscc = r.parentUscc();
        if (parentUscc != null && Uscc.problem(parentUscc) != null) {
            return Uni.createFrom().failure(ProblemException.unprocessable("invalid-uscc", "parentUscc",
                    Uscc.problem(parentUscc)));
        }
        return Customer.<Customer>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", id))
                .chain(c -> {
                    if (c.uscc.equals(parentUscc)) {
                        return Uni.createFrom().failure(ProblemException.unprocessable("self-parent", "parentUscc",
                                "a firm cannot be its own parent"));
                    }
                    return refuseParentCycle(c.uscc, parentUscc, new HashSet<>()).chain(() -> {
                        CustomerView before = CustomerView.of(c);
                        List<String> changed = new ArrayList<>();
                        c.groupName = set(changed, "groupName", c.groupName, groupName);
                        c.parentUscc = set(changed, "parentUscc", c.parentUscc, parentUscc);
                        if (changed.isEmpty()) {
                            return Uni.createFrom().item(before);
                        }
                        return publishUpdate(c, before, changed, actor, "customer.group-membership-declared");
                    });
                });
    }

    /** Walks up the declared parents from {@code parentUscc}; fails when the walk comes back to {@code uscc}. */
    private static Uni<Void> refuseParentCycle(String uscc, String parentUscc, Set<String> seen) {
        if (parentUscc == null || !seen.add(parentUscc)) {
            return Uni.createFrom().voidItem();
        }
        return Customer.findByUscc(parentUscc).chain(parent -> {
            if (parent == null || parent.parentUscc == null) {
                return Uni.createFrom().voidItem();
            }
            if (parent.parentUscc.equals(uscc)) {
                return Uni.createFrom().failure(ProblemException.unprocessable("parent-cycle", "parentUscc",
                        "customer " + parent.uscc + " already has this customer above it as a parent: the chain of "
                                + "parents would run in a circle"));
            }
            return refuseParentCycle(uscc, parent.parentUscc, seen);
        });
    }

    private static Uni<FinancialStatement> latestStatement(UUID customerId) {
        return FinancialStatement.<FinancialStatement>find("customerId", Sort.descending("periodEnd", "version"), customerId)
                .firstResult();
    }

    private static <T> T set(List<String> changed, String field, T old, T value) {
        if (!Objects.equals(old, value)) {
            changed.add(field);
        }
        return value;
    }

    /** Business-rule problems (422) in identity input: unknown industry code, bad shareholder USCC, stakes over 100 %. */
    private ProblemException firstProblem(String industryCode, List<Shareholder> shareholders) {
        if (industryCode != null) {
            var industryProblem = industries.problem(industryCode);
            if (industryProblem.isPresent()) {
                return ProblemException.unprocessable("unknown-industry-code", "industryCode",
                        industryCode + ": " + industryProblem.get());
            }
        }
        if (shareholders != null) {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < shareholders.size(); i++) {
                Shareholder s = shareholders.get(i);
                if (s.uscc() != null && Uscc.problem(s.uscc()) != null) {
                    return ProblemException.unprocessable("invalid-uscc", "shareholders[" + i + "].uscc",
                            Uscc.problem(s.uscc()));
                }
                total = total.add(s.stake());
            }
            if (total.compareTo(BigDecimal.ONE) > 0) {
                return ProblemException.unprocessable("stakes-exceed-whole", "shareholders",
                        "shareholder stakes add up to " + total + ", more than 1 (100 %)");
            }
        }
        return null;
    }

    /**
     * Customers matching every filter given, by legal name. industry and region match by prefix (GB/T 4754 "C"
     * covers "C33"; GB/T 2260 "4301" covers "430102"); name matches a case-insensitive fragment.
     */
    @WithSession
    public Uni<CustomerPage> search(String industry, String region, SizeClass sizeClass, String relationshipManager,
                                    String name, int page, int size) {
        List<String> where = new ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (industry != null && !industry.isBlank()) {
            where.add("industryCode like :industry");
            params.put("industry", industry.strip() + "%");
        }
        if (region != null && !region.isBlank()) {
            where.add("regionCode like :region");
            params.put("region", region.strip() + "%");
        }
        if (sizeClass != null) {
            where.add("sizeClass = :sizeClass");
            params.put("sizeClass", sizeClass);
        }
        if (relationshipManager != null && !relationshipManager.isBlank()) {
            where.add("relationshipManager = :rm");
            params.put("rm", relationshipManager.strip());
        }
        if (name != null && !name.isBlank()) {
            where.add("lower(legalName) like :name");
            params.put("name", "%" + name.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        var found = Customer.<Customer>find(query, Sort.by("legalName").and("id"), params);
        return found.page(io.quarkus.panache.common.Page.of(page, size)).list()
                .chain(items -> found.count().map(total -> new CustomerPage(
                        items.stream().map(CustomerView::of).toList(), page, size, total)));
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
