package org.smecredit.origination.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.smecredit.platform.problem.Problem;

/**
 * A product's bounds: amount (CNY) and term (months) an application must fall in, and the floor and cap of its
 * annual rate. Pure, so tested without Quarkus.
 */
public record Product(ProductCode code, BigDecimal minAmount, BigDecimal maxAmount, int minTermMonths,
                      int maxTermMonths, BigDecimal rateFloor, BigDecimal rateCap) {

    public Product {
        if (minAmount.compareTo(maxAmount) > 0 || minTermMonths > maxTermMonths || rateFloor.compareTo(rateCap) > 0) {
            throw new IllegalArgumentException("product " + code + " has inverted bounds");
        }
    }

    /** The fields of an application that break this product's bounds, empty when it fits (bounds inclusive). */
    public List<Problem.Violation> violations(BigDecimal amount, int termMonths) {
        List<Problem.Violation> out = new ArrayList<>();
        if (amount.compareTo(minAmount) < 0 || amount.compareTo(maxAmount) > 0) {
            out.add(new Problem.Violation("amount", code + " amount must be between " + minAmount.toPlainString()
                    + " and " + maxAmount.toPlainString() + " CNY"));
        }
        if (termMonths < minTermMonths || termMonths > maxTermMonths) {
            out.add(new Problem.Violation("termMonths", code + " term must be between " + minTermMonths + " and "
                    + maxTermMonths + " months"));
        }
        return out;
    }
}
