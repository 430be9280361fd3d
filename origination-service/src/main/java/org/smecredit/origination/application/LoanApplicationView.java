package org.smecredit.origination.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.origination.product.ProductCode;

/**
 * An application as the API answers it: its status, the rating the decision used, the price breakdown (approved
 * or referred applications) and every decision with its reasons, oldest first.
 */
public record LoanApplicationView(UUID id, UUID customerId, ProductCode productCode, BigDecimal amount, String currency,
                                  int termMonths, String purpose, LoanApplicationStatus status, String submittedBy,
                                  Instant submittedAt, RatingUsed rating, PriceBreakdown pricing,
                                  List<DecisionView> decisions, UUID loanId) {

    public record RatingUsed(UUID ratingId, String grade, BigDecimal pd, LocalDate ratedOn) {
    }

    public record DecisionView(CreditPolicy.Outcome outcome, boolean automatic, List<String> reasons, String comment,
                               String decidedBy, Instant decidedAt) {
        static DecisionView of(ApplicationDecision d) {
            return new DecisionView(d.outcome, d.automatic, d.reasonList(), d.comment, d.decidedBy, d.decidedAt);
        }
    }

    static LoanApplicationView of(LoanApplication a, List<ApplicationDecision> decisions) {
        RatingUsed rating = a.ratingId == null ? null
                : new RatingUsed(a.ratingId, a.grade, Rates.normalize(a.pd), a.ratedOn);
        return new LoanApplicationView(a.id, a.customerId, a.productCode, a.amount, a.currency, a.termMonths, a.purpose,
                a.status, a.submittedBy, a.submittedAt, rating, Rates.normalize(a.priceBreakdown()),
                decisions.stream().map(DecisionView::of).toList(), a.loanId);
    }

    /** The state before/after a transition, for the audit trail (decisions are audited separately). */
    static LoanApplicationView snapshot(LoanApplication a) {
        return of(a, List.of());
    }
}
