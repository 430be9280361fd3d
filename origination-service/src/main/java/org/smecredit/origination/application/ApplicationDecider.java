package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.origination.v1.ApplicationDecided;
import org.smecredit.origination.borrower.BorrowerStatement;
import org.smecredit.origination.config.OriginationConfig;
import org.smecredit.origination.decision.BorrowerFacts;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.origination.pricing.RiskBasedPricing;
import org.smecredit.origination.product.Product;
import org.smecredit.origination.product.ProductCatalog;
import org.smecredit.origination.support.CreditSupportAssessment;
import org.smecredit.origination.support.CreditSupportItem;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Applies credit support assessment, limits, the credit policy with its authority matrix, and pricing to an
 * application and carries the outcome through: the decision with its reasons, the audit entries,
 * {@code origination.application-decided.v1} and, on approval, the offer with its expiry (the loan is contracted
 * only when the borrower accepts). A new rating re-prices offers not yet accepted. Runs inside the caller's
 * transaction with the customer's {@code BorrowerLock} held.
 */
@ApplicationScoped
public class ApplicationDecider {
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final CreditPolicy policy;
    private final ExposureLimits limits;
    private final CreditSupportAssessment supportAssessment;
    private final RiskBasedPricing pricing;
    private final ProductCatalog products;
    private final BorrowerFacts borrowerFacts;
    private final OriginationConfig.Offer offer;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final BusinessClock clock;
    private final BigDecimal cnyPerEur;

    public ApplicationDecider(CreditPolicy policy, ExposureLimits limits, CreditSupportAssessment supportAssessment,
                              RiskBasedPricing pricing, ProductCatalog products, BorrowerFacts borrowerFacts,
                              AuditTrail audit, Outbox outbox, BusinessClock clock,
                              OriginationConfig config) {
        this.policy = policy;
        this.limits = limits;
        this.supportAssessment = supportAssessment;
        this.pricing = pricing;
        this.products = products;
        this.borrowerFacts = borrowerFacts;
        this.offer = config.offer();
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.cnyPerEur = config.pricing().cnyPerEur();
    }

    /** Decides every application of the customer that waits for a rating, oldest first. */
    public Uni<Void> decideAwaiting(UUID customerId, Actor system) {
        return LoanApplication.<LoanApplication>list("customerId = ?1 and status = ?2 order by submittedAt",
                customerId, LoanApplicationStatus.AWAITING_RATING).chain(waiting -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (LoanApplication a : waiting) {
                        // facts reloaded per application (the previous decision may have changed what is known)
                        chain = chain.chain(() -> Panache.flush())
                                .chain(() -> borrowerFacts.load(customerId, a.id, clock.today()))
                                .chain(facts -> facts.rating() == null ? Uni.createFrom().voidItem()
                                        : decide(a, facts, system));
                    }
                    return chain;
                });
    }

    /**
     * A new rating: offers not yet accepted (APPROVED, or REFERRED awaiting a person) are re-priced on it with the
     * LGD of their credit support, price version + 1, and the credit policy's knock-outs are checked again. On a
     * knock-out an APPROVED offer goes back to REFERRED (or is REJECTED when {@code origination.offer.
     * knock-out-on-reprice=DECLINE}) with the reasons; a REFERRED one stays referred with the reasons recorded for the
     * approvers (or is rejected under DECLINE). An offer already priced on this rating is left alone.
     */
    public Uni<Void> repriceOpenOffers(UUID customerId, Actor system) {
        return LoanApplication.<LoanApplication>list("customerId = ?1 and status in ?2 order by submittedAt",
                customerId, List.of(LoanApplicationStatus.APPROVED, LoanApplicationStatus.REFERRED)).chain(open -> {
                    if (open.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (LoanApplication a : open) {
                        chain = chain.chain(() -> Panache.flush())
                                .chain(() -> borrowerFacts.load(customerId, a.id, clock.today()))
                                .chain(facts -> facts.rating() == null
                                        || facts.rating().ratingId.equals(a.ratingId)
                                        ? Uni.createFrom().voidItem() : reprice(a, facts, system));
                    }
                    return chain;
                });
    }

    private Uni<Void> reprice(LoanApplication app, BorrowerFacts.Facts facts, Actor system) {
        LocalDate today = clock.today();
        return CreditSupportItem.<CreditSupportItem>list("applicationId", Sort.by("position"), app.id).chain(items -> {
            CreditSupportAssessment.Result support = supportAssessment.assess(app.amount,
                    items.stream().map(CreditSupportItem::toItem).toList(), facts.circle(), today);
            CreditPolicy.Borrower borrower = facts.forPolicy();
            CreditPolicy.Decision decision = policy.decide(new CreditPolicy.Case(app.amount, borrower, support,
                    limits.check(app.amount, facts.exposures()), today));
            Product product = products.get(app.productCode);
            PriceBreakdown price = pricing.price(borrower.pd(), support.lgd(), salesEurMillion(facts.statement()),
                    product.rateFloor(), product.rateCap());
            LoanApplicationView before = LoanApplicationView.snapshot(app);
            LoanApplicationStatus was = app.status;
            boolean knockOut = decision.outcome() == CreditPolicy.Outcome.REJECTED;
            boolean decline = knockOut && offer.knockOutOnReprice() == OriginationConfig.KnockOutOnReprice.DECLINE;
            if (!decline) {
                app.reprice(facts.rating().ratingId, facts.rating().grade, borrower.pd(), facts.rating().ratedOn,
                        price);
                app.lgd = support.lgd();
                app.securedAmount = support.securedAmount();
                app.securedShare = support.securedShare();
            }
            Uni<Void> repriced = decline ? Uni.createFrom().voidItem()
                    : audit.record(system, "application.repriced", "loan_application", app.id, before,
                            LoanApplicationView.snapshot(app));
            if (!knockOut) {
                return repriced;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add("new rating " + facts.rating().grade + " (rating " + facts.rating().ratingId + ") re-priced the "
                    + was + " offer not yet accepted, and the credit policy now finds:");
            reasons.addAll(decision.reasons());
            LoanApplicationView beforeDecision = LoanApplicationView.snapshot(app);
            if (decline) {
                app.rejectOnKnockOut();
                reasons.add("offer withdrawn: rejected (policy declines on a knock-out at re-pricing)");
            } else if (was == LoanApplicationStatus.APPROVED) {
                app.referAgain();
                reasons.add(describe(price));
                reasons.add("offer withdrawn: referred again to a credit approver (new approval round "
                        + app.reviewRound + ")");
            } else {
                reasons.add(describe(price));
                reasons.add("stays referred: no approval while a knock-out stands (each approval checks them again); "
                        + "a credit approver can reject it");
            }
            CreditPolicy.Outcome outcome = CreditPolicy.Outcome.valueOf(app.status.name());
            ApplicationDecision d = ApplicationDecision.of(app.id, outcome, true, reasons, null, system.name(),
                    Instant.now());
            return repriced.chain(() -> record(app, d, beforeDecision, system, app.status != was));
        });
    }

    /** The system's decision on one undecided application, on the facts loaded for its borrower. */
    public Uni<Void> decide(LoanApplication app, BorrowerFacts.Facts facts, Actor system) {
        LocalDate today = clock.today();
        return CreditSupportItem.<CreditSupportItem>list("applicationId", Sort.by("position"), app.id).chain(items -> {
            CreditSupportAssessment.Result support = supportAssessment.assess(app.amount,
                    items.stream().map(CreditSupportItem::toItem).toList(), facts.circle(), today);
            for (int i = 0; i < items.size(); i++) {
                CreditSupportAssessment.ItemResult r = support.items().get(i);
                items.get(i).recognisedValue = r.recognisedValue();
                items.get(i).inGuaranteeCircle = r.inGuaranteeCircle();
                items.get(i).note = r.note();
            }
            ExposureLimits.Result limitCheck = limits.check(app.amount, facts.exposures());
            CreditPolicy.Borrower borrower = facts.forPolicy();
            CreditPolicy.Decision decision = policy.decide(new CreditPolicy.Case(app.amount, borrower, support,
                    limitCheck, today));
            Product product = products.get(app.productCode);
            PriceBreakdown price = decision.outcome() == CreditPolicy.Outcome.REJECTED ? null
                    : pricing.price(borrower.pd(), support.lgd(), salesEurMillion(facts.statement()),
                            product.rateFloor(), product.rateCap());
            List<String> reasons = new ArrayList<>(decision.reasons());
            if (price != null) {
                reasons.add(describe(price));
            }
            LoanApplicationView submitted = LoanApplicationView.snapshot(app);
            app.startReview();
            LoanApplicationView before = LoanApplicationView.snapshot(app);
            app.decideAutomatically(decision.outcome(), decision.level(), support, facts.rating().ratingId,
                    facts.rating().grade, borrower.pd(), facts.rating().ratedOn, price);
            ApplicationDecision d = ApplicationDecision.of(app.id, decision.outcome(), true, reasons, null,
                    system.name(), Instant.now());
            return audit.record(system, "application.under-review", "loan_application", app.id, submitted, before)
                    .chain(() -> record(app, d, before, system, true));
        });
    }

    /** The credit policy on the current facts, and the limit check (drawn and committed exposure) it read. */
    public record Recheck(CreditPolicy.Decision decision, ExposureLimits.Result limits) {
        public List<String> knockOuts() {
            return decision.outcome() == CreditPolicy.Outcome.REJECTED ? decision.reasons() : List.of();
        }

        public List<String> declinedLimits() {
            return limits.breaches().stream().filter(b -> b.action() == ExposureLimits.Action.DECLINE)
                    .map(ExposureLimits.Breach::reason).toList();
        }
    }

    /**
     * Runs the credit policy again for a referred application on today's facts (rating, watch, sanctions, statement,
     * exposure with the commitments made since the referral), as a credit approver's approval must: a knock-out that
     * arose after the referral (e.g. a new rating with a PD above the maximum) forbids the approval.
     */
    public Uni<Recheck> recheck(LoanApplication app, BorrowerFacts.Facts facts) {
        LocalDate today = clock.today();
        return CreditSupportItem.<CreditSupportItem>list("applicationId", Sort.by("position"), app.id).map(items -> {
            CreditSupportAssessment.Result support = supportAssessment.assess(app.amount,
                    items.stream().map(CreditSupportItem::toItem).toList(), facts.circle(), today);
            ExposureLimits.Result limitCheck = limits.check(app.amount, facts.exposures());
            return new Recheck(policy.decide(new CreditPolicy.Case(app.amount, facts.forPolicy(), support, limitCheck,
                    today)), limitCheck);
        });
    }

    /** A credit approver's decision on a referred application (the aggregate has already moved). */
    public Uni<Void> recordManual(LoanApplication app, LoanApplicationView before, CreditPolicy.Outcome outcome,
                                  String comment, List<String> approvers, Actor approver) {
        return recordManual(app, before, outcome, comment, approvers, List.of(), approver);
    }

    /** As above, with what the approval re-checked (the limits on drawn and committed exposure) among the reasons. */
    public Uni<Void> recordManual(LoanApplication app, LoanApplicationView before, CreditPolicy.Outcome outcome,
                                  String comment, List<String> approvers, List<String> checked, Actor approver) {
        List<String> reasons = new ArrayList<>();
        if (outcome == CreditPolicy.Outcome.APPROVED) {
            reasons.add(approvers.size() > 1
                    ? "approved by the head-office credit committee: " + String.join(", ", approvers)
                    : "approved by credit approver " + approver.name() + " after referral");
        } else {
            reasons.add("rejected by credit approver " + approver.name() + " after referral");
        }
        reasons.addAll(checked);
        ApplicationDecision d = ApplicationDecision.of(app.id, outcome, false, reasons, comment, approver.name(),
                Instant.now());
        return record(app, d, before, approver, true);
    }

    /**
     * Persists the decision and audits the move; when {@code publish}, announces it. An approval opens the offer until
     * the decision's business date + {@code origination.offer.validity-days}.
     */
    private Uni<Void> record(LoanApplication app, ApplicationDecision d, LoanApplicationView before, Actor actor,
                             boolean publish) {
        boolean approved = d.outcome == CreditPolicy.Outcome.APPROVED;
        if (approved) {
            app.offerUntil(clock.today().plusDays(offer.validityDays()));
        }
        ApplicationDecided event = new ApplicationDecided(app.id, app.customerId,
                ApplicationDecided.Decision.valueOf(d.outcome.name()), app.grade, Rates.normalize(app.pd),
                approved ? Rates.normalize(app.annualRate) : null, d.reasonList(), d.decidedBy);
        Uni<Void> done = d.persist()
                .chain(() -> audit.record(actor, "application." + d.outcome.name().toLowerCase(Locale.ROOT),
                        "loan_application", app.id, before, LoanApplicationView.of(app, List.of(d))))
                .replaceWithVoid();
        return publish
                ? done.chain(() -> outbox.append(EventTypes.ORIGINATION_APPLICATION_DECIDED, app.customerId, event))
                        .replaceWithVoid()
                : done;
    }

    /** Annual sales in EUR millions for the SME firm-size adjustment; null without a statement. */
    BigDecimal salesEurMillion(BorrowerStatement statement) {
        if (statement == null) {
            return null;
        }
        return statement.revenue.divide(cnyPerEur, 10, RoundingMode.HALF_UP).divide(MILLION, 4, RoundingMode.HALF_UP);
    }

    static String describe(PriceBreakdown p) {
        String s = "pricing: LPR " + pct(p.lpr()) + " + PD × LGD " + pct(p.riskPremium()) + " + capital charge "
                + pct(p.capitalCharge()) + " (RW " + pct(p.riskWeight()) + " × capital ratio " + pct(p.capitalRatio())
                + " × hurdle " + pct(p.hurdleRate()) + ") + operating cost " + pct(p.operatingCost()) + " + margin "
                + pct(p.margin()) + " = " + pct(p.computedRate());
        return switch (p.bound()) {
            case NONE -> s + ", annual rate " + pct(p.annualRate());
            case FLOOR -> s + ", raised to the product floor: annual rate " + pct(p.annualRate());
            case CAP -> s + ", limited to the product cap: annual rate " + pct(p.annualRate());
        };
    }

    private static String pct(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (percent.scale() < 2 ? percent.setScale(2) : percent).toPlainString() + " %";
    }
}
