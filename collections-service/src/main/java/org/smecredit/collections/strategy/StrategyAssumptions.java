package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The bank-wide assumptions behind every option's expected NPV (configured under {@code collections.strategy.*},
 * see {@code StrategyConfig}). Rates and shares are decimals; months are whole months from today; costs in CNY.
 *
 * @param discountRate            annual rate the cash flows are discounted at, compounded monthly:
 *                                DF(m) = (1 + discountRate / 12)^−m
 * @param soft                    soft collection: share of the exposure expected, when, at what cost
 * @param restructuring           default terms and the cost of restructuring, and when a failed one re-defaults
 * @param guarantorClaim          when guarantors pay, default pay probability, legal cost
 * @param enforcement             legal cost (fixed + share of proceeds) and per-type haircut and time to realize
 * @param debtSale                AMC price as a share of exposure, months to close, transaction cost
 * @param writeOff                share of the exposure still recovered after write-off, and when
 */
public record StrategyAssumptions(BigDecimal discountRate,
                                  Recovery soft,
                                  Restructuring restructuring,
                                  GuarantorClaim guarantorClaim,
                                  Enforcement enforcement,
                                  Recovery debtSale,
                                  Recovery writeOff) {

    public StrategyAssumptions {
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(soft, "soft");
        Objects.requireNonNull(restructuring, "restructuring");
        Objects.requireNonNull(guarantorClaim, "guarantorClaim");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(debtSale, "debtSale");
        Objects.requireNonNull(writeOff, "writeOff");
    }

    /** A recovery of {@code share} × exposure after {@code months}, for a cost paid now. */
    public record Recovery(BigDecimal share, int months, BigDecimal cost) {
    }

    /**
     * @param annualRate        default new rate when the proposal names none
     * @param termMonths        default new term
     * @param cureProbability   default probability the borrower cures
     * @param reDefaultMonths   when a failed restructuring re-defaults and the liquidation fallback starts
     * @param cost              cost of restructuring (legal, appraisal), paid now
     */
    public record Restructuring(BigDecimal annualRate, int termMonths, BigDecimal cureProbability,
                                int reDefaultMonths, BigDecimal cost) {
    }

    /** @param payProbability default probability a guarantor pays when called */
    public record GuarantorClaim(int months, BigDecimal payProbability, BigDecimal legalCost) {
    }

    /**
     * @param fixedLegalCost   court fees and lawyers, paid now
     * @param proceedsCostRate auction and enforcement costs as a share of the proceeds, paid with them
     * @param byType           haircut and time to realize per collateral type
     */
    public record Enforcement(BigDecimal fixedLegalCost, BigDecimal proceedsCostRate,
                              Map<CollateralType, CollateralTerms> byType) {
        public Enforcement {
            byType = Map.copyOf(byType);
            for (CollateralType t : CollateralType.values()) {
                if (!byType.containsKey(t)) {
                    throw new IllegalArgumentException("no enforcement terms for collateral type " + t);
                }
            }
        }
    }

    /** @param haircut share of the appraised value lost in a forced sale (0..1) */
    public record CollateralTerms(BigDecimal haircut, int monthsToRealize) {
    }
}
