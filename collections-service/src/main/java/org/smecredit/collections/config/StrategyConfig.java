package org.smecredit.collections.config;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.smecredit.collections.strategy.CollateralType;
import org.smecredit.collections.strategy.StrategyAssumptions;

import io.smallrye.config.WithDefault;

/**
 * The bank-wide assumptions behind the expected NPV of each disposal option ({@code collections.strategy.*}).
 * The defaults are illustrative round figures for a Chinese SME book, to be calibrated from the bank's own
 * workout history; every figure is shown next to the NPV it produced ({@code GET /api/cases/{id}/strategy}).
 */
public interface StrategyConfig {

    /** Annual rate workout cash flows are discounted at, compounded monthly (Basel II ¶468: time value and risk). */
    @WithDefault("0.08")
    BigDecimal discountRate();

    /** Soft collection: share of the exposure recovered by calls, visits and promises to pay. */
    Share soft();

    Restructuring restructuring();

    GuarantorClaim guarantorClaim();

    Enforcement enforcement();

    /** Debt sale to an asset management company: price as a share of the exposure (an officer may enter a quote). */
    Share debtSale();

    /** Write-off: share of the exposure still recovered on the written-off claim, and when. */
    Share writeOff();

    interface Share {
        /** Share of the exposure recovered (0..1). */
        BigDecimal share();

        /** Months from today until the money comes in. */
        int months();

        /** Cost paid now, CNY. */
        @WithDefault("0")
        BigDecimal cost();
    }

    interface Restructuring {
        /** New annual rate when the proposal names none. */
        @WithDefault("0.0435")
        BigDecimal annualRate();

        /** New term in months when the proposal names none. */
        @WithDefault("36")
        int termMonths();

        /** Probability the borrower cures (pays the new schedule to the end) when the officer enters none. */
        @WithDefault("0.5")
        BigDecimal cureProbability();

        /** Months until a failed restructuring re-defaults and the best liquidation option starts. */
        @WithDefault("12")
        int reDefaultMonths();

        /** Cost of restructuring (legal documentation, re-appraisal), CNY, paid now. */
        @WithDefault("5000")
        BigDecimal cost();
    }

    interface GuarantorClaim {
        /** Months until guarantors pay. */
        @WithDefault("12")
        int months();

        /** Probability a guarantor pays when called, when the officer enters none. */
        @WithDefault("0.4")
        BigDecimal payProbability();

        /** Legal cost of the demand and suit, CNY, paid now. */
        @WithDefault("20000")
        BigDecimal legalCost();
    }

    interface Enforcement {
        /** Court fees and lawyers, CNY, paid now. */
        @WithDefault("30000")
        BigDecimal fixedLegalCost();

        /** Auction and enforcement costs as a share of the proceeds. */
        @WithDefault("0.05")
        BigDecimal proceedsCostRate();

        /** Haircut and time to realize per collateral type, keyed by type in kebab case (real-estate, …). */
        Map<String, CollateralTerms> collateral();
    }

    interface CollateralTerms {
        /** Share of the appraised value lost in a forced sale (0..1). */
        BigDecimal haircut();

        /** Months from enforcement to cash. */
        int monthsToRealize();
    }

    /** The pure model's view of this configuration; fails when a collateral type has no terms. */
    default StrategyAssumptions toAssumptions() {
        Map<CollateralType, StrategyAssumptions.CollateralTerms> byType = new EnumMap<>(CollateralType.class);
        enforcement().collateral().forEach((key, t) -> byType.put(
                CollateralType.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_')),
                new StrategyAssumptions.CollateralTerms(t.haircut(), t.monthsToRealize())));
        return new StrategyAssumptions(discountRate(),
                recovery(soft()),
                new StrategyAssumptions.Restructuring(restructuring().annualRate(), restructuring().termMonths(),
                        restructuring().cureProbability(), restructuring().reDefaultMonths(), restructuring().cost()),
                new StrategyAssumptions.GuarantorClaim(guarantorClaim().months(), guarantorClaim().payProbability(),
                        guarantorClaim().legalCost()),
                new StrategyAssumptions.Enforcement(enforcement().fixedLegalCost(), enforcement().proceedsCostRate(),
                        byType),
                recovery(debtSale()),
                recovery(writeOff()));
    }

    private static StrategyAssumptions.Recovery recovery(Share s) {
        return new StrategyAssumptions.Recovery(s.share(), s.months(), s.cost());
    }
}
