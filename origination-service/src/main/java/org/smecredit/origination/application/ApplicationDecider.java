package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.origination.v1.ApplicationDecided;
import org.smecredit.origination.borrower.BorrowerRating;
import org.smecredit.origination.borrower.CreditBlock;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.loan.LoanBooking;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.origination.pricing.RiskBasedPricing;
import org.smecredit.origination.product.Product;
import org.smecredit.origination.product.ProductCatalog;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * Applies the credit policy and pricing to an application and carries the outcome through: the decision with its
 * reasons, the audit entries, {@code origination.application-decided.v1} and, on approval, the booked loan.
 * Runs inside the caller's transaction with the customer's {@code BorrowerLock} held.
 */
@ApplicationScoped
public class ApplicationDecider {
    private final CreditPolicy policy;
    private final RiskBasedPricing pricing;
    private final ProductCatalog products;
    private final LoanBooking booking;
    private final AuditTrail audit;
    private final Outbox outbox;

    public ApplicationDecider(CreditPolicy policy, RiskBasedPricing pricing, ProductCatalog products,
                              LoanBooking booking, AuditTrail audit, Outbox outbox) {
        this.policy = policy;
        this.pricing = pricing;
        this.products = products;
        this.booking = booking;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** Decides every application of the customer that waits for a rating, oldest first. */
    public Uni<Void> decideAwaiting(UUID customerId, Actor system) {
        return BorrowerRating.<BorrowerRating>findById(customerId)
                .chain(rating -> CreditBlock.<CreditBlock>findById(customerId)
                        .chain(block -> LoanApplication.<LoanApplication>list(
                                        "customerId = ?1 and status = ?2 order by submittedAt",
                                        customerId, LoanApplicationStatus.AWAITING_RATING)
                                .chain(waiting -> {
                                    if (rating == null) {
                                        return Uni.createFrom().voidItem();
                                    }
                                    Uni<Void> chain = Uni.createFrom().voidItem();
                                    for (LoanApplication a : waiting) {
                                        chain = chain.chain(() -> decide(a, rating, block, system));
                                    }
                                    return chain;
                                })));
    }

    /** The system's decision on one undecided application. */
    public Uni<Void> decide(LoanApplication app, BorrowerRating rating, CreditBlock block, Actor system) {
        BigDecimal pd = Rates.normalize(rating.pd);
        CreditPolicy.Decision decision = policy.decide(app.amount, new CreditPolicy.Borrower(rating.grade, pd,
                block != null, block == null ? null : block.reason));
        Product product = products.get(app.productCode);
        PriceBreakdown price = decision.outcome() == CreditPolicy.Outcome.REJECTED
                ? null : pricing.price(pd, product.rateFloor(), product.rateCap());
        List<String> reasons = new ArrayList<>(decision.reasons());
        if (price != null) {
            reasons.add(describe(price));
        }
        LoanApplicationView before = LoanApplicationView.snapshot(app);
        app.decideAutomatically(decision.outcome(), rating.ratingId, rating.grade, pd, rating.ratedOn, price);
        ApplicationDecision d = ApplicationDecision.of(app.id, decision.outcome(), true, reasons, null, system.name(),
                Instant.now());
        return record(app, d, before, system);
    }

    /** A credit approver's decision on a referred application (the aggregate has already moved). */
    public Uni<Void> recordManual(LoanApplication app, LoanApplicationView before, CreditPolicy.Outcome outcome,
                                  String comment, Actor approver) {
        String verb = outcome == CreditPolicy.Outcome.APPROVED ? "approved" : "rejected";
        List<String> reasons = List.of(verb + " by credit approver " + approver.name() + " after referral");
        ApplicationDecision d = ApplicationDecision.of(app.id, outcome, false, reasons, comment, approver.name(),
                Instant.now());
        return record(app, d, before, approver);
    }

    private Uni<Void> record(LoanApplication app, ApplicationDecision d, LoanApplicationView before, Actor actor) {
        boolean approved = d.outcome == CreditPolicy.Outcome.APPROVED;
        ApplicationDecided event = new ApplicationDecided(app.id, app.customerId,
                ApplicationDecided.Decision.valueOf(d.outcome.name()), app.grade, Rates.normalize(app.pd),
                approved ? Rates.normalize(app.annualRate) : null, d.reasonList(), d.decidedBy);
        Uni<Void> done = d.persist()
                .chain(() -> audit.record(actor, "application." + d.outcome.name().toLowerCase(Locale.ROOT),
                        "loan_application", app.id, before, LoanApplicationView.of(app, List.of(d))))
                .chain(() -> outbox.append(EventTypes.ORIGINATION_APPLICATION_DECIDED, app.customerId, event))
                .replaceWithVoid();
        return approved ? done.chain(() -> disburse(app, actor)) : done;
    }

    private Uni<Void> disburse(LoanApplication app, Actor actor) {
        LoanBooking.Terms terms = new LoanBooking.Terms(app.id, app.customerId, app.productCode, app.amount,
                app.currency, app.annualRate, app.termMonths, app.grade, app.pd, app.lgd);
        return booking.book(terms, actor).chain(loan -> {
            LoanApplicationView before = LoanApplicationView.snapshot(app);
            app.disbursed(loan.id);
            return audit.record(actor, "application.disbursed", "loan_application", app.id, before,
                    LoanApplicationView.snapshot(app));
        });
    }

    static String describe(PriceBreakdown p) {
        String s = "pricing: LPR " + pct(p.lpr()) + " + PD × LGD " + pct(p.riskPremium()) + " + operating cost "
                + pct(p.operatingCost()) + " + margin " + pct(p.margin()) + " = " + pct(p.computedRate());
        return switch (p.bound()) {
            case NONE -> s + ", annual rate " + pct(p.annualRate());
            case FLOOR -> s + ", raised to the product floor: annual rate " + pct(p.annualRate());
            case CAP -> s + ", limited to the product cap: annual rate " + pct(p.annualRate());
        };
    }

    private static String pct(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 2 ? percent.setScale(2) : percent).toPlainString() + " %";
    }
}
