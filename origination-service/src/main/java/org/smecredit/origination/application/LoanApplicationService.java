package org.smecredit.origination.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
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
import org.smecredit.origination.borrower.CreditWatch;
import org.smecredit.origination.config.OriginationConfig;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.loan.Loan;
import org.smecredit.origination.loan.LoanBooking;
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
 * Creates drafts and submits applications, carries them through the credit decision (at once when the borrower is
 * rated, otherwise when {@code rating.assigned.v1} arrives), records credit approvers' decisions on referred ones,
 * the borrower's acceptance of an offer (the loan is contracted) and the disbursement. Every status change is a
 * transition of {@link LoanApplicationStatus#TRANSITIONS}, audited with the state before and after. State, audit
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
    private final LoanBooking booking;
    private final ExposureLimits limits;
    private final OriginationConfig.Offer offer;
    private final String serviceName;

    public LoanApplicationService(ProductCatalog products, ApplicationDecider decider, BorrowerFacts borrowerFacts,
                                  BusinessClock clock, BorrowerEvents borrowerEvents, AuditTrail audit, Outbox outbox,
                                  LoanBooking booking, ExposureLimits limits, OriginationConfig config,
                                  @ConfigProperty(name = "quarkus.application.name") String serviceName) {
        this.booking = booking;
        this.limits = limits;
        this.offer = config.offer();
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
     * Creates and submits an application in one step (DRAFT → SUBMITTED, both transitions audited). With an
     * {@code idempotencyKey}, a retry of the same request answers the application created the first time; the same
     * key with a different request is a 409.
     */
    @WithTransaction
    public Uni<Submission> submit(SubmitApplicationRequest r, String idempotencyKey, Actor actor) {
        return createOrReplay(r, idempotencyKey, actor, true);
    }

    /** Saves a DRAFT without deciding anything (no event). Idempotency-Key as for {@link #submit}. */
    @WithTransaction
    public Uni<Submission> draft(SubmitApplicationRequest r, String idempotencyKey, Actor actor) {
        return createOrReplay(r, idempotencyKey, actor, false);
    }

    private static Uni<Void> checkKey(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
            return Uni.createFrom().failure(ProblemException.badRequest("Idempotency-Key",
                    "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters"));
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Submission> createOrReplay(SubmitApplicationRequest r, String idempotencyKey, Actor actor,
                                           boolean andSubmit) {
        // a draft and a submission of the same body are different requests
        String hash = andSubmit ? r.canonicalHash() : sha256("draft|" + r.canonicalHash());
        // the customer's lock first: a retry racing its original waits for it and then finds its key
        Uni<IdempotencyRecord> earlier = checkKey(idempotencyKey).chain(() -> BorrowerLock.lock(r.customerId()))
                .chain(() -> idempotencyKey == null
                ? Uni.createFrom().nullItem() : IdempotencyRecord.find(actor.name(), idempotencyKey));
        return earlier.chain(previous -> {
            if (previous == null) {
                return create(r, idempotencyKey, hash, actor, andSubmit);
            }
            if (!previous.requestHash.equals(hash)) {
                return Uni.createFrom().failure(ProblemException.conflict("idempotency-key-reused",
                                "Idempotency-Key " + idempotencyKey + " was used for a different request")
                        .with("applicationId", previous.applicationId));
            }
            return load(previous.applicationId).map(view -> new Submission(view, true));
        });
    }

    private Uni<Submission> create(SubmitApplicationRequest r, String idempotencyKey, String hash, Actor actor,
                                   boolean andSubmit) {
        Product product = products.get(r.productCode());
        RepaymentType repayment = r.repaymentType() == null ? product.defaultRepaymentType() : r.repaymentType();
        ProblemException invalid = invalid(r, product, repayment);
        if (invalid != null) {
            return Uni.createFrom().failure(invalid);
        }
        return Borrower.<Borrower>findById(r.customerId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("customer-unknown", "customerId",
                        "customer " + r.customerId() + " is not known to origination (not registered, or its "
                                + "registration has not arrived yet)"))
                .chain(borrower -> {
                    LoanApplication app = LoanApplication.draft(r.customerId(), r.productCode(), product.version(),
                            repayment, r.amount().setScale(2), r.termMonths(), r.purpose().strip(), actor,
                            Instant.now());
                    List<CreditSupportItem> items = items(app, r);
                    Uni<Void> saved = app.persist()
                            .chain(() -> items.isEmpty() ? Uni.createFrom().voidItem()
                                    : CreditSupportItem.persist(items))
                            .chain(() -> audit.record(actor, "application.drafted", "loan_application", app.id, null,
                                    LoanApplicationView.snapshot(app)))
                            .chain(() -> remember(idempotencyKey, hash, app, actor));
                    return (andSubmit ? saved.chain(() -> submitAndDecide(app, actor)) : saved)
                            .chain(() -> load(app.id))
                            .map(view -> new Submission(view, false));
                });
    }

    /** 422 for a request outside the product's bounds or with credit support that cannot be assessed; else null. */
    private ProblemException invalid(SubmitApplicationRequest r, Product product, RepaymentType repayment) {
        List<Problem.Violation> outOfBounds = product.violations(r.amount(), r.termMonths(), repayment,
                r.support().stream().map(CreditSupportRequest::type).toList());
        if (!outOfBounds.isEmpty()) {
            return new ProblemException(422, "outside-product-bounds", "Outside product bounds",
                    outOfBounds.get(0).message(), outOfBounds);
        }
        List<Problem.Violation> badSupport = supportViolations(r);
        if (!badSupport.isEmpty()) {
            return new ProblemException(422, "invalid-credit-support", "Invalid credit support",
                    badSupport.get(0).message(), badSupport);
        }
        return null;
    }

    private static List<CreditSupportItem> items(LoanApplication app, SubmitApplicationRequest r) {
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
        return items;
    }

    /** DRAFT → SUBMITTED (audited, announced), then decided at once or AWAITING_RATING. */
    private Uni<Void> submitAndDecide(LoanApplication app, Actor actor) {
        LoanApplicationView before = LoanApplicationView.snapshot(app);
        app.submit(actor, Instant.now());
        return audit.record(actor, "application.submitted", "loan_application", app.id, before,
                        LoanApplicationView.snapshot(app))
                .chain(() -> outbox.append(EventTypes.ORIGINATION_APPLICATION_SUBMITTED, app.customerId,
                        new ApplicationSubmitted(app.id, app.customerId, app.productCode.name(), app.amount,
                                app.currency, app.termMonths, app.purpose, app.submittedBy, app.submittedAt)))
                .chain(() -> decideOrWait(app, actor));
    }

    /**
     * Edits a DRAFT: product, amount, term, purpose, repayment type and credit support are replaced by the request's
     * (409 unless DRAFT; the customer cannot change: 422 naming customerId).
     */
    @WithTransaction
    public Uni<LoanApplicationView> editDraft(UUID id, SubmitApplicationRequest r, Actor actor) {
        return find(id).chain(app -> BorrowerLock.lock(app.customerId).chain(() -> CreditSupportItem
                .<CreditSupportItem>list("applicationId", Sort.by("position"), id)).chain(oldItems -> {
                    if (app.status != LoanApplicationStatus.DRAFT) {
                        // the aggregate answers the 409 naming both states
                        app.edit(app.productCode, app.productVersion, app.repaymentType, app.amount, app.termMonths,
                                app.purpose);
                    }
                    if (!app.customerId.equals(r.customerId())) {
                        throw ProblemException.unprocessable("customer-changed", "customerId", "a draft stays with "
                                + "customer " + app.customerId + "; create a new application for another customer");
                    }
                    Product product = products.get(r.productCode());
                    RepaymentType repayment = r.repaymentType() == null ? product.defaultRepaymentType()
                            : r.repaymentType();
                    ProblemException invalid = invalid(r, product, repayment);
                    if (invalid != null) {
                        throw invalid;
                    }
                    Map<String, Object> before = Map.of("application", LoanApplicationView.snapshot(app),
                            "creditSupport", oldItems.stream().map(LoanApplicationView.ItemView::of).toList());
                    app.edit(r.productCode(), product.version(), repayment, r.amount().setScale(2), r.termMonths(),
                            r.purpose().strip());
                    List<CreditSupportItem> items = items(app, r);
                    return CreditSupportItem.delete("applicationId", id)
                            .chain(() -> items.isEmpty() ? Uni.createFrom().voidItem()
                                    : CreditSupportItem.persist(items))
                            .chain(() -> audit.record(actor, "application.draft-edited", "loan_application", id,
                                    before, Map.of("application", LoanApplicationView.snapshot(app),
                                            "creditSupport", items.stream().map(LoanApplicationView.ItemView::of)
                                                    .toList())));
                })).chain(() -> load(id));
    }

    /** Submits a DRAFT (409 in any other state); the product bounds are checked again on the current product. */
    @WithTransaction
    public Uni<LoanApplicationView> submitDraft(UUID id, Actor actor) {
        return find(id).chain(app -> BorrowerLock.lock(app.customerId).chain(() -> CreditSupportItem
                .<CreditSupportItem>list("applicationId", Sort.by("position"), id)).chain(items -> {
                    if (app.status == LoanApplicationStatus.DRAFT) {
                        Product product = products.get(app.productCode);
                        List<Problem.Violation> outOfBounds = product.violations(app.amount, app.termMonths,
                                app.repaymentType, items.stream().map(i -> i.type).toList());
                        if (!outOfBounds.isEmpty()) {
                            throw new ProblemException(422, "outside-product-bounds", "Outside product bounds",
                                    outOfBounds.get(0).message(), outOfBounds);
                        }
                        app.productVersion = product.version();
                    }
                    // a non-DRAFT is refused by the aggregate: 409 naming the current and the requested state
                    return submitAndDecide(app, actor);
                })).chain(() -> load(id));
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
        return Panache.flush().chain(() -> borrowerFacts.load(app.customerId, app.id, clock.today())).chain(facts -> {
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
                                .chain(() -> decider.repriceOpenOffers(e.customerId(), system))
                        : Uni.createFrom().voidItem());
    }

    /**
     * A credit approver approves a referred application. A branch case is approved by one; a head-office committee
     * case needs two distinct approvers, so the first approval is recorded and the application stays REFERRED.
     * The last approval makes the offer (APPROVED, with its expiry); nothing is booked until the borrower accepts.
     * Every approval is a credit decision on today's facts: 422 customer-blocked, and the knock-outs and limits checked
     * again ({@link #refuseOnKnockOut}); the last one records the limit reasons (drawn and committed exposure).
     */
    @WithTransaction
    public Uni<LoanApplicationView> approve(UUID id, String comment, Actor approver) {
        return find(id).chain(app -> BorrowerLock.lock(app.customerId)
                .chain(() -> CreditBlock.<CreditBlock>findById(app.customerId))
                .chain(block -> ApplicationApproval.<ApplicationApproval>list("applicationId = ?1 and reviewRound = ?2",
                        Sort.by("approvedAt"), id, app.reviewRound).chain(earlier -> {
                    LoanApplicationView before = LoanApplicationView.snapshot(app);
                    List<String> names = earlier.stream().map(a -> a.approver).toList();
                    boolean complete = app.approve(approver, names);
                    if (block != null) {
                        throw ProblemException.unprocessable("customer-blocked", "customerId",
                                "customer " + app.customerId + " is blocked for new credit: " + block.reason
                                        + "; reject the application instead");
                    }
                    return borrowerFacts.load(app.customerId, app.id, clock.today())
                            .chain(facts -> decider.recheck(app, facts))
                            .chain(recheck -> {
                                refuseOnKnockOut(app, recheck);
                                return recordApproval(app, before, names, complete, comment, recheck, approver);
                            });
                }))
                .chain(() -> load(id)));
    }

    /**
     * An approval is a credit decision: the knock-outs are checked again on today's facts, since they can change
     * between the referral and the approval (a new rating above the maximum PD, a sanctions flag, an expired
     * statement, a special-mention watch, offers and contracts of the borrower or its group using the room under a
     * hard-decline limit). 409 exposure-limit-breached for a hard-decline limit (as at acceptance), 422 knock-out for
     * the others; the approver rejects the application instead.
     */
    private static void refuseOnKnockOut(LoanApplication app, ApplicationDecider.Recheck recheck) {
        List<String> declined = recheck.declinedLimits();
        if (!declined.isEmpty()) {
            throw ProblemException.conflict("exposure-limit-breached", "application " + app.id
                    + " cannot be approved: " + String.join("; ", declined) + "; reject the application instead")
                    .with("breaches", declined);
        }
        List<String> knockOuts = recheck.knockOuts();
        if (!knockOuts.isEmpty()) {
            throw ProblemException.unprocessable("knock-out", "customerId", "application " + app.id
                    + " cannot be approved: " + String.join("; ", knockOuts) + "; reject the application instead")
                    .with("knockOuts", knockOuts);
        }
    }

    private Uni<Void> recordApproval(LoanApplication app, LoanApplicationView before, List<String> names,
                                     boolean complete, String comment, ApplicationDecider.Recheck recheck,
                                     Actor approver) {
        ApplicationApproval approval = new ApplicationApproval();
        approval.id = UUID.randomUUID();
        approval.applicationId = app.id;
        approval.approver = approver.name();
        approval.comment = comment.strip();
        approval.approvedAt = Instant.now();
        approval.reviewRound = app.reviewRound;
        List<String> all = new java.util.ArrayList<>(names);
        all.add(approver.name());
        Uni<Void> recorded = approval.persist().chain(() -> audit.record(approver,
                "application.approval-recorded", "loan_application", app.id, null,
                Map.of("approver", approver.name(), "approvals", all.size(),
                        "requiredApprovals", app.requiredApprovals == null ? 1 : app.requiredApprovals,
                        "limits", recheck.limits().reasons())));
        return complete
                ? recorded.chain(() -> decider.recordManual(app, before, CreditPolicy.Outcome.APPROVED,
                        comment.strip(), all, recheck.limits().reasons(), approver))
                : recorded;
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

    /**
     * The borrower accepts the APPROVED offer through its relationship manager, naming the price version it was shown:
     * APPROVED → CONTRACTED, and the loan is contracted at that price with its schedule (provisional until the
     * disbursement). 409 illegal-transition unless APPROVED, offer-expired after the offer's last day,
     * stale-price-version when the offer was re-priced since, exposure-limit-breached when the borrower's other
     * commitments (drawn loans, contracted loans, open offers; never this offer itself) leave no room under a
     * hard-decline limit; 422 while the borrower is blocked for new credit.
     */
    @WithTransaction
    public Uni<LoanApplicationView> accept(UUID id, AcceptanceRequest r, Actor actor) {
        return find(id).chain(app -> BorrowerLock.lock(app.customerId)
                .chain(() -> CreditBlock.<CreditBlock>findById(app.customerId))
                .chain(block -> CreditWatch.<CreditWatch>findById(app.customerId).chain(watch -> {
                    LoanApplicationView before = LoanApplicationView.snapshot(app);
                    LocalDate today = clock.today();
                    app.accept(actor, r.priceVersion(), today, Instant.now());
                    // no new credit to a blocked borrower, nor to one classified special mention without a risk
                    // manager's override (CBIRC/PBOC Order [2023] No. 1 classes; the bank's credit policy)
                    if (block != null) {
                        throw ProblemException.unprocessable("customer-blocked", "customerId", "customer "
                                + app.customerId + " is blocked for new credit: " + block.reason);
                    }
                    if (watch != null && !watch.overridden()) {
                        throw ProblemException.unprocessable("customer-on-watch", "customerId", "customer "
                                + app.customerId + " is classified special mention (" + watch.reason
                                + ") and no risk manager has overridden it");
                    }
                    return Panache.flush().chain(() -> borrowerFacts.load(app.customerId, app.id, today))
                            .chain(facts -> {
                    // the decision counted every commitment, but a limit may have been lowered or an offer made
                    // before commitments counted may have used the room: a hard-decline limit is checked again here
                    ExposureLimits.Result limitCheck = limits.check(app.amount, facts.exposures());
                    List<String> declined = limitCheck.breaches().stream()
                            .filter(x -> x.action() == ExposureLimits.Action.DECLINE).map(ExposureLimits.Breach::reason)
                            .toList();
                    if (!declined.isEmpty()) {
                        throw ProblemException.conflict("exposure-limit-breached", "application " + app.id
                                + " cannot be contracted: " + String.join("; ", declined)).with("breaches", declined);
                    }
                    Map<String, Object> after = new java.util.HashMap<>();
                    after.put("application", LoanApplicationView.snapshot(app));
                    after.put("acceptedPriceVersion", app.acceptedPriceVersion);
                    after.put("annualRate", app.annualRate);
                    if (r.comment() != null) {
                        after.put("comment", r.comment().strip());
                    }
                    LoanBooking.Terms terms = new LoanBooking.Terms(app.id, app.customerId, app.productCode,
                            app.amount, app.currency, app.annualRate, app.termMonths, app.grade, app.pd, app.lgd,
                            app.repaymentType, app.securedShare);
                    return audit.record(actor, "application.accepted", "loan_application", app.id, before, after)
                            .chain(() -> booking.contract(terms, today.plusDays(offer.drawdownWindowDays()), actor))
                            .invoke(loan -> app.contracted(loan.id));
                    });
                })))
                .chain(() -> load(id));
    }

    /**
     * Pays out a CONTRACTED loan on the value date (default: the business date): CONTRACTED → DISBURSED, the schedule
     * from the value date, {@code origination.loan-disbursed.v1} and the {@code corebanking.disbursement-requested.v1}
     * instruction through the outbox. With an {@code idempotencyKey} a retry answers the same application (replayed);
     * without one a second disbursement is 409 (DISBURSED → DISBURSED is no transition), so nothing is paid twice.
     */
    @WithTransaction
    public Uni<Submission> disburse(UUID id, DisbursementRequest r, String idempotencyKey, Actor actor) {
        LocalDate requested = r == null ? null : r.valueDate();
        String hash = sha256("disbursement|" + id + "|" + (requested == null ? "" : requested));
        return checkKey(idempotencyKey).chain(() -> find(id)).chain(app -> BorrowerLock.lock(app.customerId)
                .chain(() -> idempotencyKey == null ? Uni.createFrom().<IdempotencyRecord>nullItem()
                        : IdempotencyRecord.find(actor.name(), idempotencyKey))
                .chain(previous -> {
                    if (previous != null) {
                        if (!previous.requestHash.equals(hash)) {
                            throw ProblemException.conflict("idempotency-key-reused", "Idempotency-Key "
                                    + idempotencyKey + " was used for a different request")
                                    .with("applicationId", previous.applicationId);
                        }
                        return load(id).map(view -> new Submission(view, true));
                    }
                    LocalDate today = clock.today();
                    LocalDate valueDate = requested == null ? today : requested;
                    LoanApplicationView before = LoanApplicationView.snapshot(app);
                    app.disburse();
                    return Loan.<Loan>findById(app.loanId).chain(loan -> {
                        if (valueDate.isBefore(today)) {
                            throw ProblemException.unprocessable("invalid-value-date", "valueDate", "value date "
                                    + valueDate + " is before the business date " + today);
                        }
                        if (valueDate.isAfter(loan.latestDrawdownDate)) {
                            throw ProblemException.unprocessable("invalid-value-date", "valueDate", "value date "
                                    + valueDate + " is after the contract's latest drawdown date "
                                    + loan.latestDrawdownDate);
                        }
                        return booking.disburse(loan.id, valueDate, actor);
                    }).chain(loan -> audit.record(actor, "application.disbursed", "loan_application", app.id, before,
                                    Map.of("application", LoanApplicationView.snapshot(app), "valueDate", valueDate)))
                            .chain(() -> remember(idempotencyKey, hash, app, actor))
                            .chain(() -> load(id))
                            .map(view -> new Submission(view, false));
                }));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @WithSession
    public Uni<LoanApplicationView> get(UUID id) {
        return view(id);
    }

    @WithSession
    public Uni<List<LoanApplicationView>> listByCustomer(UUID customerId) {
        return LoanApplication.<LoanApplication>list("customerId", Sort.by("createdAt").and("id"), customerId)
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
