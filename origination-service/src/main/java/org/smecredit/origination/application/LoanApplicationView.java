package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smecredit.origination.authority.AuthorityLevel;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.origination.support.CreditSupportItem;
import org.smecredit.origination.support.CreditSupportType;

/**
 * An application as the API answers it: its status, the rating the decision used, the credit support with what
 * was recognised of it, the price breakdown (approved or referred applications), who must approve and who has,
 * and every decision with its reasons, oldest first.
 */
public record LoanApplicationView(UUID id, UUID customerId, ProductCode productCode, BigDecimal amount, String currency,
                                  int termMonths, String purpose, LoanApplicationStatus status, String submittedBy,
                                  Instant submittedAt, RatingUsed rating, PriceBreakdown pricing,
                                  List<DecisionView> decisions, UUID loanId, Integer productVersion,
                                  RepaymentType repaymentType, CreditSupportView creditSupport,
                                  AuthorityLevel authorityLevel, Integer requiredApprovals,
                                  List<ApprovalView> approvals, String withdrawnBy, String createdBy,
                                  Instant createdAt, OfferView offer, int reviewRound) {

    /**
     * The price offered (APPROVED or REFERRED, and after acceptance): its version, which an acceptance must name; the
     * last business date it can be accepted (APPROVED only); and who accepted which version when.
     */
    public record OfferView(Integer priceVersion, LocalDate expiresOn, String acceptedBy, Instant acceptedAt,
                            Integer acceptedPriceVersion) {
    }

    public record RatingUsed(UUID ratingId, String grade, BigDecimal pd, LocalDate ratedOn) {
    }

    public record DecisionView(CreditPolicy.Outcome outcome, boolean automatic, List<String> reasons, String comment,
                               String decidedBy, Instant decidedAt) {
        static DecisionView of(ApplicationDecision d) {
            return new DecisionView(d.outcome, d.automatic, d.reasonList(), d.comment, d.decidedBy, d.decidedAt);
        }
    }

    /** Secured amount and share and LGD once assessed (null before the decision), and each item. */
    public record CreditSupportView(boolean unsecured, BigDecimal securedAmount, BigDecimal securedShare,
                                    BigDecimal lgd, List<ItemView> items) {
    }

    public record ItemView(CreditSupportType type, BigDecimal value, LocalDate valuationDate, BigDecimal haircut,
                           UUID guarantorCustomerId, String description, BigDecimal recognisedValue,
                           boolean inGuaranteeCircle, String note) {
        static ItemView of(CreditSupportItem i) {
            return new ItemView(i.type, i.valuation, i.valuationDate, i.haircut, i.guarantorCustomerId, i.description,
                    i.recognisedValue, i.inGuaranteeCircle, i.note);
        }
    }

    public record ApprovalView(String approver, String comment, Instant approvedAt, int reviewRound) {
        static ApprovalView of(ApplicationApproval a) {
            return new ApprovalView(a.approver, a.comment, a.approvedAt, a.reviewRound);
        }
    }

    /** Without approvals and credit support items (audit snapshots): {@code creditSupport} is null. */
    static LoanApplicationView of(LoanApplication a, List<ApplicationDecision> decisions) {
        return of(a, decisions, List.of(), null);
    }

    static LoanApplicationView of(LoanApplication a, List<ApplicationDecision> decisions,
                                  List<ApplicationApproval> approvals, List<CreditSupportItem> items) {
        RatingUsed rating = a.ratingId == null ? null
                : new RatingUsed(a.ratingId, a.grade, Rates.normalize(a.pd), a.ratedOn);
        CreditSupportView support = items == null ? null : new CreditSupportView(items.isEmpty(), a.securedAmount,
                Rates.normalize(a.securedShare), Rates.normalize(a.lgd), items.stream().map(ItemView::of).toList());
        return new LoanApplicationView(a.id, a.customerId, a.productCode, a.amount, a.currency, a.termMonths, a.purpose,
                a.status, a.submittedBy, a.submittedAt, rating, Rates.normalize(a.priceBreakdown()),
                decisions.stream().map(DecisionView::of).toList(), a.loanId, a.productVersion, a.repaymentType,
                support, a.authorityLevel, a.requiredApprovals, approvals.stream().map(ApprovalView::of).toList(),
                a.withdrawnBy, a.createdBy, a.createdAt, a.priceVersion == null ? null : new OfferView(a.priceVersion,
                        a.offerExpiresOn, a.acceptedBy, a.acceptedAt, a.acceptedPriceVersion), a.reviewRound);
    }

    /** The state before/after a transition, for the audit trail (decisions are audited separately). */
    static LoanApplicationView snapshot(LoanApplication a) {
        return of(a, List.of());
    }
}
