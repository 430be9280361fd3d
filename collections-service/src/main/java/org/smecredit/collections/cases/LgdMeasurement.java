package org.smecredit.collections.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.actions.CaseAction;
import org.smecredit.collections.cases.DiscountedLgd.CashFlow;
import org.smecredit.collections.cases.DiscountedLgd.FlowKind;
import org.smecredit.collections.config.CollectionsConfig;
import org.smecredit.collections.loans.Loan;
import org.smecredit.collections.recovery.Recovery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Measures a case's economic realized LGD ({@link DiscountedLgd}) from what is booked: every recovery at its value
 * date, every collection cost recorded on the case's actions (legal and auction fees) at the action's outcome date
 * (its own date while still pending), discounted to the case's opening (default) date at the loan's contractual
 * annual rate from origination; for a loan origination never reported, at {@code collections.strategy.discount-rate}
 * (named in {@code rateSource}). Runs in the caller's session, after flushing, so a recovery booked in the same
 * transaction counts.
 */
@ApplicationScoped
public class LgdMeasurement {
    public static final String LOAN_RATE = "LOAN_CONTRACT_RATE";
    public static final String FALLBACK_RATE = "STRATEGY_DISCOUNT_RATE";

    private final CollectionsConfig config;

    public LgdMeasurement(CollectionsConfig config) {
        this.config = config;
    }

    /** The measurement and what it was made of. */
    public record Measured(BigDecimal exposureAtDefault, LocalDate defaultDate, BigDecimal annualRate,
                           String rateSource, List<CashFlow> cashFlows, BigDecimal collectionCosts,
                           BigDecimal presentValueOfRecoveries, BigDecimal presentValueOfCosts,
                           BigDecimal realizedLgd, BigDecimal discountedLgd, String formula) {
    }

    public Uni<Measured> measure(CollectionCase c) {
        return Panache.getSession().chain(s -> s.flush())
                .chain(() -> Loan.<Loan>findById(c.loanId))
                .chain(loan -> Recovery.ofCase(c.id).chain(recoveries -> CaseAction.<CaseAction>list(
                        "caseId = ?1 and costs > 0", c.id).map(actions -> {
                            boolean known = loan != null && loan.annualRate != null;
                            BigDecimal rate = known ? loan.annualRate : config.strategy().discountRate();
                            List<CashFlow> flows = new ArrayList<>();
                            recoveries.forEach(r -> flows.add(new CashFlow(r.valueDate, r.amount, FlowKind.RECOVERY)));
                            BigDecimal costs = BigDecimal.ZERO.setScale(2);
                            for (CaseAction a : actions) {
                                LocalDate when = a.outcomeOn != null ? a.outcomeOn : a.occurredOn;
                                flows.add(new CashFlow(when, a.costs, FlowKind.COST));
                                costs = costs.add(a.costs);
                            }
                            flows.sort(Comparator.comparing(CashFlow::date));
                            var result = DiscountedLgd.of(c.exposureAtDefault, c.openedOn, rate, flows);
                            return new Measured(c.exposureAtDefault, c.openedOn, rate, known ? LOAN_RATE : FALLBACK_RATE,
                                    List.copyOf(flows), costs, result.presentValueOfRecoveries(),
                                    result.presentValueOfCosts(), c.realizedLgd(), result.lgd(),
                                    "LGD = 1 - (PV(recoveries) - PV(costs)) / EAD, PV = sum of amount x (1 + "
                                            + rate.toPlainString() + ")^(-days since " + c.openedOn + " / 365) = 1 - ("
                                            + result.presentValueOfRecoveries().toPlainString() + " - "
                                            + result.presentValueOfCosts().toPlainString() + ") / "
                                            + c.exposureAtDefault.toPlainString() + " = " + result.lgd().toPlainString()
                                            + " (clamped to [0, 1])");
                        })));
    }
}
