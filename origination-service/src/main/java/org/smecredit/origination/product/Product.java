package org.smecredit.origination.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.origination.support.CreditSupportType;
import org.smecredit.platform.problem.Problem;

/**
 * One version of a product: the amount (CNY) and term (months) an application must fall in, the floor and cap of
 * its annual rate, the repayment types it allows (the first is the default) and the credit support it accepts.
 * An application records the version it was made under, so changing a product never changes open applications.
 * Pure, so tested without Quarkus.
 */
public record Product(ProductCode code, int version, BigDecimal minAmount, BigDecimal maxAmount, int minTermMonths,
                      int maxTermMonths, BigDecimal rateFloor, BigDecimal rateCap, List<RepaymentType> repaymentTypes,
                      Set<CreditSupportType> eligibleSupport) {

    public Product {
        if (minAmount.compareTo(maxAmount) > 0 || minTermMonths > maxTermMonths || rateFloor.compareTo(rateCap) > 0) {
            throw new IllegalArgumentException("product " + code + " has inverted bounds");
        }
        if (repaymentTypes.isEmpty()) {
            throw new IllegalArgumentException("product " + code + " allows no repayment type");
        }
        if (version < 1) {
            throw new IllegalArgumentException("product " + code + " version must be at least 1");
        }
        repaymentTypes = List.copyOf(repaymentTypes);
        eligibleSupport = Set.copyOf(eligibleSupport);
    }

    /** The repayment type used when the application names none. */
    public RepaymentType defaultRepaymentType() {
        return repaymentTypes.get(0);
    }

    /** The fields of an application that break this product's bounds, empty when it fits (bounds inclusive). */
    public List<Problem.Violation> violations(BigDecimal amount, int termMonths) {
        return violations(amount, termMonths, defaultRepaymentType(), List.of());
    }

    /** As {@link #violations(BigDecimal, int)}, also checking the repayment type and each credit support type. */
    public List<Problem.Violation> violations(BigDecimal amount, int termMonths, RepaymentType repaymentType,
                                              List<CreditSupportType> support) {
        List<Problem.Violation> out = new ArrayList<>();
        if (amount.compareTo(minAmount) < 0 || amount.compareTo(maxAmount) > 0) {
            out.add(new Problem.Violation("amount", code + " amount must be between " + minAmount.toPlainString()
                    + " and " + maxAmount.toPlainString() + " CNY"));
        }
        if (termMonths < minTermMonths || termMonths > maxTermMonths) {
            out.add(new Problem.Violation("termMonths", code + " term must be between " + minTermMonths + " and "
                    + maxTermMonths + " months"));
        }
        if (!repaymentTypes.contains(repaymentType)) {
            out.add(new Problem.Violation("repaymentType", code + " v" + version + " is repaid by one of "
                    + repaymentTypes + ", not " + repaymentType));
        }
        for (int i = 0; i < support.size(); i++) {
            if (!eligibleSupport.contains(support.get(i))) {
                out.add(new Problem.Violation("creditSupport[" + i + "].type", code + " v" + version
                        + " does not accept " + support.get(i) + " as credit support"));
            }
        }
        return out;
    }
}
