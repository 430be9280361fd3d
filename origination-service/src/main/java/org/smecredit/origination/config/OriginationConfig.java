package org.smecredit.origination.config;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Business settings of origination: credit policy limits, risk-based pricing inputs and product bounds. Rates and
 * PDs are decimals (0.0300 = 3 %), amounts CNY. Every value can be overridden in {@code application.properties}
 * or by environment variable (e.g. {@code ORIGINATION_PRICING_LPR1Y}).
 */
@ConfigMapping(prefix = "origination")
public interface OriginationConfig {

    /** Credit policy: knock-outs and the automatic approval authority. */
    Policy policy();

    /** Risk-based pricing components. */
    Pricing pricing();

    /** Working-capital loan (流动资金贷款) bounds. */
    WorkingCapital workingCapital();

    /** Term loan (固定资产/项目贷款) bounds. */
    TermLoan termLoan();

    interface Policy {
        /** Knock-out: an obligor whose one-year PD is above this is rejected outright. */
        @WithDefault("0.0600")
        BigDecimal maxPd();

        /** Automatic authority: the largest amount (CNY) the system may approve without a person. */
        @WithDefault("3000000.00")
        BigDecimal automaticAuthority();

        /** Automatic authority: the largest one-year PD the system may approve without a person. */
        @WithDefault("0.0250")
        BigDecimal autoApprovalMaxPd();
    }

    interface Pricing {
        /**
         * One-year Loan Prime Rate published monthly by the National Interbank Funding Center; the base of every
         * RMB loan rate. 3.00 % since May 2025 — keep it current.
         */
        @WithDefault("0.0300")
        BigDecimal lpr1y();

        /**
         * Loss given default used for the expected-loss premium and reported on the loan: 45 % is the Basel II
         * foundation-IRB LGD for senior claims on corporates without recognised collateral (Basel II ¶287).
         * Basel III final (2017) lowers it to 40 % for non-financial corporates; set it here when the bank moves.
         */
        @WithDefault("0.45")
        BigDecimal lgd();

        /** Operating cost of servicing a loan, per year, as a rate. */
        @WithDefault("0.0050")
        BigDecimal operatingCost();

        /** Target margin (return on capital) per year, as a rate. */
        @WithDefault("0.0100")
        BigDecimal margin();
    }

    interface WorkingCapital {
        /** Smallest amount, CNY. */
        @WithDefault("100000.00")
        BigDecimal minAmount();

        /** Largest amount, CNY. */
        @WithDefault("10000000.00")
        BigDecimal maxAmount();

        /** Shortest term, months. */
        @WithDefault("6")
        int minTermMonths();

        /** Longest term, months (working capital is short-to-medium term finance). */
        @WithDefault("36")
        int maxTermMonths();

        /** Lowest annual rate the product is offered at. */
        @WithDefault("0.0350")
        BigDecimal rateFloor();

        /** Highest annual rate the product is offered at. */
        @WithDefault("0.1200")
        BigDecimal rateCap();
    }

    interface TermLoan {
        /** Smallest amount, CNY. */
        @WithDefault("100000.00")
        BigDecimal minAmount();

        /** Largest amount, CNY. */
        @WithDefault("10000000.00")
        BigDecimal maxAmount();

        /** Shortest term, months. */
        @WithDefault("12")
        int minTermMonths();

        /** Longest term, months. */
        @WithDefault("60")
        int maxTermMonths();

        /** Lowest annual rate the product is offered at. */
        @WithDefault("0.0380")
        BigDecimal rateFloor();

        /** Highest annual rate the product is offered at. */
        @WithDefault("0.1200")
        BigDecimal rateCap();
    }
}
