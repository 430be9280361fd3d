package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.smecredit.origination.authority.AuthorityLevel;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.origination.support.CreditSupportAssessment;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A loan application: the aggregate that owns its status machine ({@link LoanApplicationStatus}). Every move goes
 * through a method here, which refuses illegal moves with {@code 409 illegal-transition} and enforces
 * maker-checker on manual approval.
 * Every move goes through {@link #moveTo}, i.e. through {@link LoanApplicationStatus#TRANSITIONS}.
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication extends PanacheEntityBase {
    public static final String CURRENCY = "CNY";

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    // product, amount, term, purpose and repayment type change only while a DRAFT (edit)
    @Enumerated(EnumType.STRING)
    @Column(name = "product_code", nullable = false)
    public ProductCode productCode;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "term_months", nullable = false)
    public int termMonths;

    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LoanApplicationStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** Null while a DRAFT. */
    @Column(name = "submitted_by")
    public String submittedBy;

    /** Null while a DRAFT. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "rating_id")
    public UUID ratingId;
    public String grade;
    public BigDecimal pd;
    @Column(name = "rated_on")
    public LocalDate ratedOn;

    public BigDecimal lpr;
    public BigDecimal lgd;
    @Column(name = "risk_premium")
    public BigDecimal riskPremium;
    @Column(name = "operating_cost")
    public BigDecimal operatingCost;
    public BigDecimal margin;
    @Column(name = "computed_rate")
    public BigDecimal computedRate;
    @Column(name = "rate_floor")
    public BigDecimal rateFloor;
    @Column(name = "rate_cap")
    public BigDecimal rateCap;
    @Enumerated(EnumType.STRING)
    @Column(name = "rate_bound")
    public PriceBreakdown.Bound rateBound;
    @Column(name = "annual_rate")
    public BigDecimal annualRate;

    @Column(name = "risk_weight")
    public BigDecimal riskWeight;
    @Column(name = "sales_eur_million")
    public BigDecimal salesEurMillion;
    @Column(name = "capital_ratio")
    public BigDecimal capitalRatio;
    @Column(name = "hurdle_rate")
    public BigDecimal hurdleRate;
    @Column(name = "capital_charge")
    public BigDecimal capitalCharge;

    @Column(name = "product_version")
    public Integer productVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_type")
    public RepaymentType repaymentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level")
    public AuthorityLevel authorityLevel;

    @Column(name = "required_approvals")
    public Integer requiredApprovals;

    @Column(name = "secured_amount")
    public BigDecimal securedAmount;

    @Column(name = "secured_share")
    public BigDecimal securedShare;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "loan_id")
    public UUID loanId;

    /** Version of the price offered: 1 when first priced, +1 on every re-pricing. Null before pricing. */
    @Column(name = "price_version")
    public Integer priceVersion;

    /** Last business date on which the APPROVED offer can be accepted. */
    @Column(name = "offer_expires_on")
    public LocalDate offerExpiresOn;

    /** Who accepted the offer on the borrower's behalf (the relationship manager), when, and which price version. */
    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_price_version")
    public Integer acceptedPriceVersion;

    /**
     * Approval round: approvals recorded in an earlier round (before a re-referral after a knock-out on re-pricing)
     * no longer count.
     */
    @Column(name = "review_round", nullable = false)
    public int reviewRound = 1;

    @Version
    public long version;

    /** A new application, status SUBMITTED (created and submitted in one step). */
    public static LoanApplication submit(UUID customerId, ProductCode product, BigDecimal amount, int termMonths,
                                         String purpose, Actor submitter, Instant now) {
        return submit(customerId, product, 1, RepaymentType.EQUAL_INSTALLMENT, amount, termMonths, purpose, submitter,
                now);
    }

    /** A new application under a product version and repayment type, status SUBMITTED. */
    public static LoanApplication submit(UUID customerId, ProductCode product, int productVersion,
                                         RepaymentType repaymentType, BigDecimal amount, int termMonths,
                                         String purpose, Actor submitter, Instant now) {
        LoanApplication a = draft(customerId, product, productVersion, repaymentType, amount, termMonths, purpose,
                submitter, now);
        a.submit(submitter, now);
        return a;
    }

    /** A new application saved without being submitted: status DRAFT, nothing decided. */
    public static LoanApplication draft(UUID customerId, ProductCode product, int productVersion,
                                        RepaymentType repaymentType, BigDecimal amount, int termMonths,
                                        String purpose, Actor creator, Instant now) {
        LoanApplication a = new LoanApplication();
        a.id = UUID.randomUUID();
        a.customerId = customerId;
        a.currency = CURRENCY;
        a.status = LoanApplicationStatus.DRAFT;
        a.createdBy = creator.name();
        a.createdAt = now;
        a.terms(product, productVersion, repaymentType, amount, termMonths, purpose);
        return a;
    }

    /** Edits a DRAFT (409 in any other state). */
    public void edit(ProductCode product, int productVersion, RepaymentType repaymentType, BigDecimal amount,
                     int termMonths, String purpose) {
        if (status != LoanApplicationStatus.DRAFT) {
            throw illegal(LoanApplicationStatus.DRAFT, "be edited (only a DRAFT is edited)");
        }
        terms(product, productVersion, repaymentType, amount, termMonths, purpose);
    }

    private void terms(ProductCode product, int productVersion, RepaymentType repaymentType, BigDecimal amount,
                       int termMonths, String purpose) {
        this.productCode = product;
        this.productVersion = productVersion;
        this.repaymentType = repaymentType;
        this.amount = amount;
        this.termMonths = termMonths;
        this.purpose = purpose;
    }

    /** DRAFT → SUBMITTED: the relationship manager submits it for the credit decision. */
    public void submit(Actor submitter, Instant now) {
        moveTo(LoanApplicationStatus.SUBMITTED, "be submitted");
        this.submittedBy = submitter.name();
        this.submittedAt = now;
    }

    /** No rating yet: wait for {@code rating.assigned.v1}. */
    public void awaitRating() {
        moveTo(LoanApplicationStatus.AWAITING_RATING, "wait for a rating");
    }

    /** A rating is there: the credit assessment starts (SUBMITTED or AWAITING_RATING → UNDER_REVIEW). */
    public void startReview() {
        moveTo(LoanApplicationStatus.UNDER_REVIEW, "be reviewed");
    }

    /**
     * The system's decision under the credit policy, on the rating it used and (unless rejected) the price.
     * Only an undecided application can be decided automatically.
     */
    public void decideAutomatically(CreditPolicy.Outcome outcome, UUID ratingId, String grade, BigDecimal pd,
                                    LocalDate ratedOn, PriceBreakdown price) {
        decideAutomatically(outcome, null, null, ratingId, grade, pd, ratedOn, price);
    }

    /** As above, with the authority level that must approve and the credit support assessment. */
    public void decideAutomatically(CreditPolicy.Outcome outcome, AuthorityLevel level,
                                    CreditSupportAssessment.Result support, UUID ratingId, String grade,
                                    BigDecimal pd, LocalDate ratedOn, PriceBreakdown price) {
        if (status != LoanApplicationStatus.UNDER_REVIEW) {
            throw illegal(LoanApplicationStatus.valueOf(outcome.name()), "be decided automatically");
        }
        moveTo(LoanApplicationStatus.valueOf(outcome.name()), "be decided " + outcome);
        this.authorityLevel = level;
        this.requiredApprovals = level == null ? null : level.requiredApprovals();
        if (support != null) {
            this.securedAmount = support.securedAmount();
            this.securedShare = support.securedShare();
            this.lgd = support.lgd();
        }
        this.ratingId = ratingId;
        this.grade = grade;
        this.pd = pd;
        this.ratedOn = ratedOn;
        if (price != null) {
            price(price);
        }
    }

    /** A credit approver approves a referred application needing one approval. */
    public void approve(Actor approver) {
        approve(approver, List.of());
    }

    /**
     * A credit approver approves a referred application. The submitter never approves (maker-checker), and no
     * person approves twice (four eyes: a committee case needs two distinct approvers). Moves to APPROVED when
     * this approval completes the number the authority level requires.
     *
     * @param earlierApprovers who approved already
     * @return true when the application is now APPROVED
     */
    public boolean approve(Actor approver, List<String> earlierApprovers) {
        if (status != LoanApplicationStatus.REFERRED) {
            throw illegal(LoanApplicationStatus.APPROVED, "be approved by a person");
        }
        if (approver.isSameAs(submittedBy) || approver.isSameAs(createdBy)) {
            throw ProblemException.forbidden("maker-checker", "application " + id + " was created by " + createdBy
                    + " and submitted by " + submittedBy + ", who may not approve it");
        }
        if (earlierApprovers.stream().anyMatch(approver::isSameAs)) {
            throw ProblemException.forbidden("four-eyes", "application " + id + " was already approved by "
                    + approver.name() + "; the head-office committee needs a second, different approver");
        }
        int required = requiredApprovals == null ? 1 : Math.max(1, requiredApprovals);
        if (earlierApprovers.size() + 1 < required) {
            return false;
        }
        moveTo(LoanApplicationStatus.APPROVED, "be approved");
        return true;
    }

    /** The relationship manager withdraws an application not finally decided. */
    public void withdraw(Actor actor) {
        moveTo(LoanApplicationStatus.WITHDRAWN, "be withdrawn");
        this.withdrawnBy = actor.name();
    }

    /**
     * A new rating arrived for an offer not yet accepted (APPROVED or REFERRED): re-priced on it, price version + 1.
     */
    public void reprice(UUID ratingId, String grade, BigDecimal pd, LocalDate ratedOn, PriceBreakdown price) {
        if (!status.isOpenOffer()) {
            throw ProblemException.illegalTransition("application", status, "be re-priced (only an offer not yet "
                    + "accepted is: APPROVED or REFERRED)").with("currentStatus", status);
        }
        this.ratingId = ratingId;
        this.grade = grade;
        this.pd = pd;
        this.ratedOn = ratedOn;
        price(price);
    }

    /** The offer is open until this business date (inclusive); set on approval. */
    public void offerUntil(LocalDate expiresOn) {
        if (status != LoanApplicationStatus.APPROVED) {
            throw ProblemException.illegalTransition("application", status, "carry an offer");
        }
        this.offerExpiresOn = expiresOn;
    }

    /**
     * A re-priced APPROVED offer hit a knock-out: back to REFERRED for a person to decide, in a new approval round
     * (earlier approvals no longer count) with at least one branch approval; the offer is withdrawn.
     */
    public void referAgain() {
        moveTo(LoanApplicationStatus.REFERRED, "be referred again");
        this.reviewRound = reviewRound + 1;
        this.offerExpiresOn = null;
        if (authorityLevel == null || authorityLevel == AuthorityLevel.AUTOMATIC) {
            authorityLevel = AuthorityLevel.BRANCH;
            requiredApprovals = AuthorityLevel.BRANCH.requiredApprovals();
        }
    }

    /** A re-priced offer (APPROVED or REFERRED) hit a knock-out the policy declines. */
    public void rejectOnKnockOut() {
        moveTo(LoanApplicationStatus.REJECTED, "be rejected on a knock-out");
        this.offerExpiresOn = null;
    }

    /**
     * The borrower accepts the offer (through its relationship manager): APPROVED → CONTRACTED. Refused with 409
     * {@code offer-expired} after the offer's last day and 409 {@code stale-price-version} unless the acceptance names
     * the current price version, so that a borrower never accepts a price it did not see.
     */
    public void accept(Actor actor, int acceptedVersion, LocalDate businessDate, Instant now) {
        if (status != LoanApplicationStatus.APPROVED) {
            throw illegal(LoanApplicationStatus.CONTRACTED, "be accepted (only an APPROVED offer is)");
        }
        if (offerExpiresOn != null && businessDate.isAfter(offerExpiresOn)) {
            throw ProblemException.conflict("offer-expired", "the offer of application " + id + " expired on "
                    + offerExpiresOn + " (business date " + businessDate + ")").with("offerExpiresOn", offerExpiresOn);
        }
        if (priceVersion == null || acceptedVersion != priceVersion) {
            throw new ProblemException(409, "stale-price-version", "Conflict", "price version " + acceptedVersion
                    + " is not the current offer of application " + id + " (current: " + priceVersion + ")",
                    List.of(new org.smecredit.platform.problem.Problem.Violation("priceVersion",
                            "must be the current price version " + priceVersion)))
                    .with("currentPriceVersion", priceVersion);
        }
        moveTo(LoanApplicationStatus.CONTRACTED, "be contracted");
        this.acceptedBy = actor.name();
        this.acceptedAt = now;
        this.acceptedPriceVersion = acceptedVersion;
    }

    /** The loan contracted on acceptance. */
    public void contracted(UUID loanId) {
        if (status != LoanApplicationStatus.CONTRACTED) {
            throw ProblemException.illegalTransition("application", status, "be given a loan");
        }
        this.loanId = loanId;
    }

    /** The contracted loan was paid out: CONTRACTED → DISBURSED. */
    public void disburse() {
        moveTo(LoanApplicationStatus.DISBURSED, "be disbursed");
    }

    /** A credit approver rejects a referred application. */
    public void reject() {
        if (status != LoanApplicationStatus.REFERRED) {
            throw illegal(LoanApplicationStatus.REJECTED, "be rejected by a person");
        }
        moveTo(LoanApplicationStatus.REJECTED, "be rejected");
    }

    private void price(PriceBreakdown p) {
        priceVersion = priceVersion == null ? 1 : priceVersion + 1;
        lpr = p.lpr();
        lgd = p.lgd();
        riskPremium = p.riskPremium();
        operatingCost = p.operatingCost();
        margin = p.margin();
        computedRate = p.computedRate();
        rateFloor = p.rateFloor();
        rateCap = p.rateCap();
        rateBound = p.bound();
        annualRate = p.annualRate();
        riskWeight = p.riskWeight();
        salesEurMillion = p.salesEurMillion();
        capitalRatio = p.capitalRatio();
        hurdleRate = p.hurdleRate();
        capitalCharge = p.capitalCharge();
    }

    /** The price offered, or null when the application was rejected before pricing. */
    public PriceBreakdown priceBreakdown() {
        if (annualRate == null) {
            return null;
        }
        return new PriceBreakdown(lpr, pd, lgd, riskPremium, operatingCost, margin, computedRate, rateFloor, rateCap,
                rateBound, annualRate, riskWeight, salesEurMillion, capitalRatio, hurdleRate, capitalCharge);
    }

    /** The only place the status changes: through {@link LoanApplicationStatus#TRANSITIONS}. */
    void moveTo(LoanApplicationStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw illegal(target, action);
        }
        status = target;
    }

    /** 409 illegal-transition naming the current and the requested state. */
    private ProblemException illegal(LoanApplicationStatus target, String action) {
        return ProblemException.illegalTransition("application", status, action + " (" + status + " → " + target
                        + " is not a transition of the application status machine)")
                .with("currentStatus", status).with("requestedStatus", target);
    }
}
