package org.smecredit.origination.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.origination.v1.ApplicationSubmitted;
import org.smecredit.contracts.rating.v1.RatingAssigned;
import org.smecredit.origination.borrower.Borrower;
import org.smecredit.origination.borrower.BorrowerEvents;
import org.smecredit.origination.borrower.BorrowerLock;
import org.smecredit.origination.borrower.CreditBlock;
import org.smecredit.origination.decision.BorrowerFacts;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.product.Product;
import org.smecredit.origination.product.ProductCatalog;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.origination.support.CreditSupportItem;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.Problem;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Submits applications, carries them through the credit decision (at once when the borrower is rated, otherwise
 * when {@code rating.assigned.v1} arrives) and records credit approvers' decisions on referred ones. State, audit
 * and outbox commit in one transaction.
 */
@ApplicationScoped
public class LoanApplicationService {
    static final int MAX_IDEMPOTENCY_KEY_LENGTH = 100;

    private final ProductCatalog products;
    private final ApplicationDecider decider;
    private final BorrowerFacts borrowerFacts;
    private final BusinessClock clock;
    private final BorrowerEvents borrowerEvents;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final String serviceName;

    public LoanApplicationService(ProductCatalog products, ApplicationDecider decider, BorrowerFacts borrowerFacts,
                                  BusinessClock clock, BorrowerEvents borrowerEvents, AuditTrail audit, Outbox outbox,
                                  @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.products = products;
        this.decider = decider;
        this.borrowerFacts = borrowerFacts;
        this.clock = clock;
        this.borrowerEvents = borrowerEvents;
        this.audit = audit;
        this.outbox = outbox;
        this.serviceName = serviceName;
    }

    /** The outcome of a submission: the application, and whether it is a replay of an earlier request. */
    public record Submission(LoanApplicationView application, boolean replayed) {
    }

    /**
     * Submits an application. With an {@code idempotencyKey}, a retry of the same request answers the application
     * created the first time; the same key with a different request is a 409.
     */
    @WithTransaction
    public Uni<Submission> submit(SubmitApplicationRequest r, String idempotencyKey, Actor actor) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
            return Uni.createFrom().failure(ProblemException.badRequest("Idempotency-Key",
                    "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters"));
        }
        String hash = r.canonicalHash();
        // the customer's lock first: a retry racing its original waits for it and then finds its key
        Uni<IdempotencyRecord> earlier = BorrowerLock.lock(r.customerId()).chain(() -> idempotencyKey == null
                ? Uni.createFrom().nullItem() : IdempotencyRecord.find(actor.name(), idempotencyKey));
        return earlier.chain(previous -> {
            if (previous == null) {
                return create(r, idempotencyKey, hash, actor);
            }
            if (!previous.requestHash.equals(hash)) {
                return Uni.createFrom().failure(ProblemException.conflict("idempotency-key-reused",
                                "Idempotency-Key " + idempotencyKey + " was used for a different request")
                        .with("applicationId", previous.applicationId));
            }
            return load(previous.applicationId).map(view -> new Submission(view, true));
        });
    }

    private Uni<Submission> create(SubmitApplicationRequest r, String idempotencyKey, String hash, Actor actor) {
        Product product = products.get(r.productCode());
        RepaymentType repayment = r.repaymentType() == null ? product.defaultRepaymentType() : r.repaymentType();
        List<Problem.Violation> outOfBounds = product.violations(r.amount(), r.termMonths(), repayment,
                r.support().stream().map(CreditSupportRequest::type).toList());
        if (!outOfBounds.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "outside-product-bounds",
                    "Outside product bounds", outOfBounds.get(0).message(), outOfBounds));
        }
        List<Problem.Violation> badSupport = supportViolations(r);
        if (!badSupport.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "invalid-credit-support",
                    "Invalid credit support", badSupport.get(0).message(), badSupport));
        }
        return Borrower.<Borrower>findById(r.customerId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("customer-unknown", "customerId",
                        "customer " + r.customerId() + " is not known to origination (not registered, or its "
                                + "registration has not arrived yet)"))
                .chain(borrower -> {
                    LoanApplication app = LoanApplication.submit(r.customerId(), r.productCode(), product.version(),
                            repayment, r.amount().setScale(2), r.termMonths(), r.purpose().strip(), actor,
                            Instant.now());
                    List<CreditSupportItem> items = new java.util.ArrayList<>();
                    for (int i = 0; i < r.support().size(); i++) {
                        CreditSupportRequest c = r.support().get(i);
                        CreditSupportItem item = new CreditSupportItem();
                        item.id = UUID.randomUUID();
                        item.applicationId = app.id;
                        item.position = i;
                        item.type = c.type();
                        item.valuation = c.value().setScale(2);
                        item.valuationDate = c.valuationDate();
                        item.haircut = c.haircut();
                        item.guarantorCustomerId = c.guarantorCustomerId();
                        item.description = c.description() == null ? null : c.description().strip();
                        items.add(item);
                    }
                    return app.persist()
                            .chain(() -> items.isEmpty() ? Uni.createFrom().voidItem()
                                    : CreditSupportItem.persist(items))
                            .chain(() -> audit.record(actor, "application.submitted", "loan_application", app.id, null,
                                    LoanApplicationView.snapshot(app)))
                            .chain(() -> outbox.append(EventTypes.ORIGINATION_APPLICATION_SUBMITTED, app.customerId,
                                    new ApplicationSubmitted(app.id, app.customerId, app.productCode.name(), app.amount,
                                            app.currency, app.termMonths, app.purpose, app.submittedBy, app.submittedAt)))
                            .chain(() -> remember(idempotencyKey, hash, app, actor))
                            .chain(() -> decideOrWait(app, actor))
                            .chain(() -> load(app.id))
                            .map(view -> new Submission(view, false));
                });
    }

    private Uni<Void> remember(String idempotencyKey, String hash, LoanApplication app, Actor actor) {
        if (idempotencyKey == null) {
            return Uni.createFrom().voidItem();
        }
        IdempotencyRecord k = new IdempotencyRecord();
        k.caller = actor.name();
        k.key = idempotencyKey;
        k.requestHash = hash;
        k.applicationId = app.id;
        k.createdAt = Instant.now();
        return k.persist().replaceWithVoid();
    }

    /** 422 for credit support that cannot be assessed: a guarantor named on collateral, a valuation in the future. */
    private List<Problem.Violation> supportViolations(SubmitApplicationRequest r) {
        List<Problem.Violation> out = new java.util.ArrayList<>();
        for (int i = 0; i < r.support().size(); i++) {
            CreditSupportRequest c = r.support().get(i);
            if (c.guarantorCustomerId() != null && !c.type().isGuarantee()) {
                out.add(new Problem.Violation("creditSupport[" + i + "].guarantorCustomerId",
                        "only a guarantee names a guarantor; " + c.type() + " does not"));
            }
            if (c.guarantorCustomerId() != null && c.guarantorCustomerId().equals(r.customerId())) {
                out.add(new Problem.Violation("creditSupport[" + i + "].guarantorCustomerId",
                        "a borrower cannot guarantee its own loan"));
            }
            if (c.valuationDate().isAfter(clock.today())) {
                out.add(new Problem.Violation("creditSupport[" + i + "].valuationDate",
                        "must not be after the business date " + clock.today()));
            }
        }
        return out;
    }

    private Uni<Void> decideOrWait(LoanApplication app, Actor actor) {
        Actor system = Actor.system(serviceName, actor.requestId());
        return Panache.flush().chain(() -> borrowerFacts.load(app.customerId, clock.today())).chain(facts -> {
            if (facts.rating() != null) {
                return decider.decide(app, facts, system);
            }
            LoanApplicationView before = LoanApplicationView.snapshot(app);
            app.awaitRating();
            return audit.record(system, "application.awaiting-rating", "loan_application", app.id, before,
                    LoanApplicationView.snapshot(app));
        });
    }

    /**
     * A rating arrived: record it when it is the customer's latest and decide the customer's applications waiting
     * for it. Runs inside the consumer's inbox transaction.
     */
    public Uni<Void> ratingAssigned(RatingAssigned e, Actor system) {
        return BorrowerLock.lock(e.customerId())
                .chain(() -> borrowerEvents.ratingAssigned(e, system))
                .chain(latest -> latest
                        ? decider.decideAwaiting(e.customerId(), system)
                                .chain(() -> decider.repriceReferred(e.customerId(), system))
                        : Uni.createFrom().voidItem());
    }

    /**
     * A credit approver approves a referred application. A branch case is approved by one; a head-office committee
     * case needs two distinct approvers, so the first approval is recorded and the application stays REFERRED.
     * On the last approval the loan is booked and its disbursement instructed.
     */
    @WithTransaction
    public Uni<LoanApplicationView> approve(UUID id, String comment, Actor approver) {
        return find(id).chain(app -> BorrowerLock.lock(app.customerId)
                .chain(() -> CreditBlock.<CreditBlock>findById(app.customerId))
                .chain(block -> ApplicationApproval.<ApplicationApproval>list("applicationId",
                        Sort.by("approvedAt"), id).chain(earlier -> {
                    LoanApplicationView before = LoanApplicationView.snapshot(app);
                    List<String> names = earlier.stream().map(a -> a.approver).toList();
                    boolean complete = app.approve(approver, names);
                    if (block != null) {
                        throw ProblemException.unprocessable("customer-blocked", "customerId",
                                "customer " + app.customerId + " is blocked for new credit: " + block.reason
                                        + "; reject the application instead");
                    }
                    ApplicationApproval approval = new ApplicationApproval();
                    approval.id = UUID.randomUUID();
                    approval.applicationId = id;
                    approval.approver = approver.name();
                    approval.comment = comment.strip();
                    approval.approvedAt = Instant.now();
                    List<String> all = new java.util.ArrayList<>(names);
                    all.add(approver.name());
                    Uni<Void> recorded = approval.persist().chain(() -> audit.record(approver,
                            "application.approval-recorded", "loan_application", id, null,
                            Map.of("approver", approver.name(), "approvals", all.size(),
                                    "requiredApprovals", app.requiredApprovals == null ? 1 : app.requiredApprovals)));
                    return complete
                            ? recorded.chain(() -> decider.recordManual(app, before, CreditPolicy.Outcome.APPROVED,
                                    comment.strip(), all, approver))
                            : recorded;
                }))
                .chain(() -> load(id)));
    }

    /** A credit approver rejects a referred application (one rejection suffices, committee or not). */
    @WithTransaction
    public Uni<LoanApplicationView> reject(UUID id, String comment, Actor approver) {
        return find(id).chain(app -> {
            LoanApplicationView before = LoanApplicationView.snapshot(app);
            app.reject();
            return decider.recordManual(app, before, CreditPolicy.Outcome.REJECTED, comment.strip(), List.of(),
                    approver);
        }).chain(() -> load(id));
    }

    /** The relationship manager withdraws an application before its final decision (409 afterwards). */
    @WithTransaction
    public Uni<LoanApplicationView> withdraw(UUID id, String comment, Actor actor) {
        return find(id).chain(app -> BorrowerLock.lock(app.customerId).chain(() -> {
            LoanApplicationView before = LoanApplicationView.snapshot(app);
            app.withdraw(actor);
            return audit.record(actor, "application.withdrawn", "loan_application", app.id, before,
                    Map.of("status", app.status, "comment", comment.strip()));
        })).chain(() -> load(id));
    }

    @WithSession
    public Uni<LoanApplicationView> get(UUID id) {
        return view(id);
    }

    @WithSession
    public Uni<List<LoanApplicationView>> listByCustomer(UUID customerId) {
        return LoanApplication.<LoanApplication>list("customerId", Sort.by("submittedAt").and("id"), customerId)
                .chain(apps -> {
                    if (apps.isEmpty()) {
                        return Uni.createFrom().item(List.<LoanApplicationView>of());
                    }
                    List<UUID> ids = apps.stream().map(a -> a.id).toList();
                    return ApplicationDecision.<ApplicationDecision>list("applicationId in ?1", Sort.by("decidedAt"), ids)
                            .chain(all -> ApplicationApproval.<ApplicationApproval>list("applicationId in ?1",
                                    Sort.by("approvedAt"), ids).chain(approvals -> CreditSupportItem
                                    .<CreditSupportItem>list("applicationId in ?1", Sort.by("position"), ids)
                                    .map(items -> {
                                        Map<UUID, List<ApplicationDecision>> byApp = all.stream()
                                                .collect(Collectors.groupingBy(d -> d.applicationId));
                                        Map<UUID, List<ApplicationApproval>> approvalsByApp = approvals.stream()
                                                .collect(Collectors.groupingBy(a -> a.applicationId));
                                        Map<UUID, List<CreditSupportItem>> itemsByApp = items.stream()
                                                .collect(Collectors.groupingBy(i -> i.applicationId));
                                        return apps.stream().map(a -> LoanApplicationView.of(a,
                                                byApp.getOrDefault(a.id, List.of()),
                                                approvalsByApp.getOrDefault(a.id, List.of()),
                                                itemsByApp.getOrDefault(a.id, List.of()))).toList();
                                    })));
                });
    }

    private static Uni<LoanApplication> find(UUID id) {
        return LoanApplication.<LoanApplication>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("application", id));
    }

    /** The application with its decisions, oldest first. */
    private static Uni<LoanApplicationView> view(UUID id) {
        return find(id).chain(app -> ApplicationDecision.<ApplicationDecision>list("applicationId",
                        Sort.by("decidedAt").and("id"), id)
                .chain(decisions -> ApplicationApproval.<ApplicationApproval>list("applicationId",
                        Sort.by("approvedAt"), id)
                        .chain(approvals -> CreditSupportItem.<CreditSupportItem>list("applicationId",
                                Sort.by("position"), id)
                                .map(items -> LoanApplicationView.of(app, decisions, approvals, items)))));
    }

    /** {@link #view} inside a transaction: flushes first so that the changes made in it are seen. */
    private static Uni<LoanApplicationView> load(UUID id) {
        return Panache.flush().chain(() -> view(id));
    }
}
