package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the strategy is computed from, for one case. Collateral and guarantees are entered by the collections
 * officer (origination does not publish them yet). Amounts in the case currency.
 *
 * @param exposure        the claim still to recover (exposure at default less recovered to date), &gt; 0
 * @param collateral      pledged assets at their current appraised value
 * @param guarantees      guarantees on the loan
 * @param restructuring   proposed restructuring terms; null: the configured defaults
 * @param amcPriceShare   an AMC's quoted price as a share of the exposure (0..1); null: the configured price
 */
public record CaseFacts(BigDecimal exposure, List<Collateral> collateral, List<Guarantee> guarantees,
                        RestructuringTerms restructuring, BigDecimal amcPriceShare) {

    public CaseFacts {
        Objects.requireNonNull(exposure, "exposure");
        if (exposure.signum() <= 0) {
            throw new IllegalArgumentException("exposure must be positive");
        }
        collateral = collateral == null ? List.of() : List.copyOf(collateral);
        guarantees = guarantees == null ? List.of() : List.copyOf(guarantees);
        if (amcPriceShare != null && (amcPriceShare.signum() < 0 || amcPriceShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("amcPriceShare must be within 0..1");
        }
    }

    /** A pledged asset at its appraised (market) value before haircut. */
    public record Collateral(CollateralType type, BigDecimal appraisedValue, String description) {
        public Collateral {
            Objects.requireNonNull(type, "type");
            if (appraisedValue == null || appraisedValue.signum() < 0) {
                throw new IllegalArgumentException("appraisedValue must not be negative");
            }
        }
    }

    /**
     * A guarantee: the guarantor, the amount guaranteed, and the probability the guarantor pays when called
     * (null: the configured default). A guarantor inside the borrower's guarantee circle deserves a low one.
     */
    public record Guarantee(String guarantor, BigDecimal amount, BigDecimal payProbability) {
        public Guarantee {
            if (amount == null || amount.signum() < 0) {
                throw new IllegalArgumentException("amount must not be negative");
            }
            if (payProbability != null && (payProbability.signum() < 0 || payProbability.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("payProbability must be within 0..1");
            }
        }
    }

    /**
     * Restructuring terms: the new annual rate, the new term (a level monthly annuity on the whole exposure) and
     * the probability the borrower cures (pays the new schedule to the end). Nulls fall back to the configuration.
     */
    public record RestructuringTerms(BigDecimal annualRate, Integer termMonths, BigDecimal cureProbability) {
        public RestructuringTerms {
            if (annualRate != null && annualRate.signum() < 0) {
                throw new IllegalArgumentException("annualRate must not be negative");
            }
            if (termMonths != null && termMonths < 1) {
                throw new IllegalArgumentException("termMonths must be at least 1");
            }
            if (cureProbability != null && (cureProbability.signum() < 0 || cureProbability.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("cureProbability must be within 0..1");
            }
        }
    }
}
