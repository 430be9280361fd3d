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
 */
@Entity
@Table(name = "loan_application")
public class LoanApplication extends PanacheEntityBase {
    public static final String CURRENCY = "CNY";

    @Id
    public UUID id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_code", nullable = false, updatable = false)
    public ProductCode productCode;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(nullable = false, updatable = false)
    public String currency;

    @Column(name = "term_months", nullable = false, updatable = false)
    public int termMonths;

    @Column(nullable = false, updatable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LoanApplicationStatus status;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
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

    @Column(name = "product_version", updatable = false)
    public Integer productVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_type", updatable = false)
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

    @Version
    public long version;

    /** A new application, status SUBMITTED. */
    public static LoanApplication submit(UUID customerId, ProductCode product, BigDecimal amount, int termMonths,
                                         String purpose, Actor submitter, Instant now) {
        return submit(customerId, product, 1, RepaymentType.EQUAL_INSTALLMENT, amount, termMonths, purpose, submitter,
                now);
    }

    /** A new application under a product version and repayment type, status SUBMITTED. */
    public static LoanApplication submit(UUID customerId, ProductCode product, int productVersion,
                                         RepaymentType repaymentType, BigDecimal amount, int termMonths,
                                         String purpose, Actor submitter, Instant now) {
        LoanApplication a = new LoanApplication();
        a.productVersion = productVersion;
        a.repaymentType = repaymentType;
        a.id = UUID.randomUUID();
        a.customerId = customerId;
        a.productCode = product;
        a.amount = amount;
        a.currency = CURRENCY;
        a.termMonths = termMonths;
        a.purpose = purpose;
        a.status = LoanApplicationStatus.SUBMITTED;
        a.submittedBy = submitter.name();
        a.submittedAt = now;
        return a;
    }

    /** No rating yet: wait for {@code rating.assigned.v1}. */
    public void awaitRating() {
        moveTo(LoanApplicationStatus.AWAITING_RATING, "wait for a rating");
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
        if (!status.isUndecided()) {
            throw ProblemException.illegalTransition("application", status, "be decided automatically");
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
            throw ProblemException.illegalTransition("application", status, "be approved by a person");
        }
        if (approver.isSameAs(submittedBy)) {
            throw ProblemException.forbidden("maker-checker",
                    "application " + id + " was submitted by " + submittedBy + ", who may not approve it");
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

    /** A new rating arrived for a referred application: the offer is re-priced (not yet accepted). */
    public void reprice(UUID ratingId, String grade, BigDecimal pd, LocalDate ratedOn, PriceBreakdown price) {
        if (status != LoanApplicationStatus.REFERRED) {
            throw ProblemException.illegalTransition("application", status, "be re-priced");
        }
        this.ratingId = ratingId;
        this.grade = grade;
        this.pd = pd;
        this.ratedOn = ratedOn;
        price(price);
    }

    /** A credit approver rejects a referred application. */
    public void reject() {
        if (status != LoanApplicationStatus.REFERRED) {
            throw ProblemException.illegalTransition("application", status, "be rejected by a person");
        }
        moveTo(LoanApplicationStatus.REJECTED, "be rejected");
    }

    /** The approved loan was booked and its disbursement instructed. */
    public void disbursed(UUID loanId) {
        moveTo(LoanApplicationStatus.DISBURSED, "be disbursed");
        this.loanId = loanId;
    }

    private void price(PriceBreakdown p) {
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

    private void moveTo(LoanApplicationStatus target, String action) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.illegalTransition("application", status, action);
        }
        status = target;
    }
}
