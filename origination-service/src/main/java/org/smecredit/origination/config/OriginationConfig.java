package org.smecredit.origination.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Business settings of origination: credit policy, authority matrix, concentration limits, credit support rules,
 * risk-based pricing and products. Rates, shares and PDs are decimals (0.0300 = 3 %), amounts CNY. Every value can
 * be overridden in {@code application.properties} or by environment variable (e.g. {@code ORIGINATION_PRICING_LPR1Y}).
 */
@ConfigMapping(prefix = "origination")
public interface OriginationConfig {

    /** Credit policy: knock-outs. */
    Policy policy();

    /** Delegated lending authority by amount, PD and secured share. */
    Authority authority();

    /** Concentration limits. */
    Limits limits();

    /** Basel II foundation-IRB collateral parameters and valuation rules. */
    CreditSupport creditSupport();

    /** Risk-based pricing components. */
    Pricing pricing();

    /** Offers, contracts and drawdown. */
    Offer offer();

    /** Working-capital loan (流动资金贷款). */
    ProductSettings workingCapital();

    /** Term loan (固定资产贷款). */
    ProductSettings termLoan();

    /** Revolving credit line (循环贷款额度). */
    ProductSettings revolvingLine();

    /** Invoice (receivables) financing (应收账款融资). */
    ProductSettings invoiceFinancing();

    interface Offer {
        /**
         * An APPROVED offer can be accepted until this many calendar days after the decision's business date
         * (inclusive); later, acceptance is 409 offer-expired. (unconfirmed) the bank's own rule, not a regulation.
         */
        @WithDefault("30")
        int validityDays();

        /**
         * A contracted loan can be drawn with a value date up to this many calendar days after the contract date.
         * (unconfirmed) the bank's own rule; PBOC/CBIRC working-capital and fixed-asset loan rules (2024) require the
         * drawdown terms in the contract but set no fixed window.
         */
        @WithDefault("90")
        int drawdownWindowDays();

        /**
         * What happens to an APPROVED offer when a new rating re-prices it and the credit policy then finds a
         * knock-out: REFER (back to a person, REFERRED) or DECLINE (REJECTED).
         */
        @WithDefault("REFER")
        KnockOutOnReprice knockOutOnReprice();
    }

    enum KnockOutOnReprice { REFER, DECLINE }

    interface Policy {
        /** Knock-out: an obligor whose one-year PD is above this is rejected outright. */
        @WithDefault("0.0600")
        BigDecimal maxPd();

        /**
         * Knock-out: a financial statement whose period ended more than this many months before the business date
         * is expired (an annual statement plus the months a firm has to file the next one). (unconfirmed) the bank's
         * own rule, not a regulation.
         */
        @WithDefault("18")
        int statementMaxAgeMonths();
    }

    interface Authority {
        /** PD up to which a borrower is in the low-risk band of the matrix (inclusive). */
        @WithDefault("0.0250")
        BigDecimal lowRiskMaxPd();

        /** Secured share from which the secured columns of the matrix apply (inclusive). */
        @WithDefault("0.50")
        BigDecimal securedShareThreshold();

        /** Low risk, unsecured: largest amount the system approves. */
        @WithDefault("3000000.00")
        BigDecimal automaticLowRiskUnsecured();

        /** Low risk, secured: largest amount the system approves. */
        @WithDefault("5000000.00")
        BigDecimal automaticLowRiskSecured();

        /** Low risk, unsecured: largest amount one branch approver approves. */
        @WithDefault("5000000.00")
        BigDecimal branchLowRiskUnsecured();

        /** Low risk, secured: largest amount one branch approver approves. */
        @WithDefault("8000000.00")
        BigDecimal branchLowRiskSecured();

        /** Higher risk, unsecured: largest amount one branch approver approves (never automatic). */
        @WithDefault("2000000.00")
        BigDecimal branchHigherRiskUnsecured();

        /** Higher risk, secured: largest amount one branch approver approves (never automatic). */
        @WithDefault("3000000.00")
        BigDecimal branchHigherRiskSecured();
    }

    interface Limits {
        /** Single-borrower exposure limit, CNY. */
        @WithDefault("50000000.00")
        BigDecimal singleBorrower();

        /** DECLINE or REFER on a single-borrower breach. */
        @WithDefault("DECLINE")
        String singleBorrowerAction();

        /** Related-group (direct guarantee links) exposure limit, CNY. */
        @WithDefault("80000000.00")
        BigDecimal relatedGroup();

        @WithDefault("REFER")
        String relatedGroupAction();

        /** Guarantee-circle exposure limit, CNY. */
        @WithDefault("100000000.00")
        BigDecimal guaranteeCircle();

        @WithDefault("REFER")
        String guaranteeCircleAction();

        /** Largest share of the book in one GB/T 4754 industry section. */
        @WithDefault("0.30")
        BigDecimal industryShare();

        @WithDefault("REFER")
        String industryShareAction();

        /** Book size (CNY) from which the industry share is checked. */
        @WithDefault("1000000000.00")
        BigDecimal minimumBookForConcentration();

        /**
         * How old the book-wide totals by industry section may be when a new application's industry share is
         * checked (per service instance); zero sums the whole book for every decision. Customer-level limits are
         * always exact.
         */
        @WithDefault("PT5S")
        java.time.Duration industrySnapshotMaxAge();
    }

    interface CreditSupport {
        /**
         * F-IRB LGD of senior claims without recognised collateral: 45 % (Basel II ¶287). Basel III final (2017)
         * lowers it to 40 % for non-financial corporates; set it here when the bank moves.
         */
        @WithDefault("0.45")
        BigDecimal unsecuredLgd();

        /** Receivables: minimum LGD 35 %, C* 0 %, C** 125 % (Basel II ¶295). */
        @WithDefault("0.35")
        BigDecimal receivablesLgd();

        @WithDefault("0.00")
        BigDecimal receivablesMinimumCoverage();

        @WithDefault("1.25")
        BigDecimal receivablesOverCollateralization();

        /** Commercial / residential real estate: 35 %, C* 30 %, C** 140 % (Basel II ¶295). */
        @WithDefault("0.35")
        BigDecimal realEstateLgd();

        @WithDefault("0.30")
        BigDecimal realEstateMinimumCoverage();

        @WithDefault("1.40")
        BigDecimal realEstateOverCollateralization();

        /** Other physical collateral (equipment): 40 %, C* 30 %, C** 140 % (Basel II ¶295). */
        @WithDefault("0.40")
        BigDecimal otherPhysicalLgd();

        @WithDefault("0.30")
        BigDecimal otherPhysicalMinimumCoverage();

        @WithDefault("1.40")
        BigDecimal otherPhysicalOverCollateralization();

        /** A valuation older than this is not recognised until revalued. */
        @WithDefault("12")
        int maxValuationAgeMonths();
    }

    interface Pricing {
        /**
         * One-year Loan Prime Rate published monthly by the National Interbank Funding Center; the base of every
         * RMB loan rate. 3.00 % since May 2025; keep it current.
         */
        @WithDefault("0.0300")
        BigDecimal lpr1y();

        /** Operating cost of servicing a loan, per year, as a rate. */
        @WithDefault("0.0050")
        BigDecimal operatingCost();

        /** Target margin per year, as a rate, on top of the capital charge. */
        @WithDefault("0.0050")
        BigDecimal margin();

        /** Capital held per unit of risk-weighted assets (e.g. 10.5 % total capital ratio with buffers). */
        @WithDefault("0.105")
        BigDecimal capitalRatio();

        /** Return the bank requires on that capital. */
        @WithDefault("0.12")
        BigDecimal hurdleRate();

        /** Effective maturity M of the IRB formula: 2.5 years under foundation IRB. */
        @WithDefault("2.5")
        BigDecimal maturityYears();

        /** Corporate PD floor: 0.03 % (Basel II ¶285); 0.05 % under Basel III final. */
        @WithDefault("0.0003")
        BigDecimal pdFloor();

        /** IRB scaling factor: 1.06 under Basel II, removed (1.0) by Basel III final. */
        @WithDefault("1.0")
        BigDecimal scalingFactor();

        /**
         * CNY per EUR for the SME firm-size adjustment, whose sales bands are in EUR millions (Basel II ¶273).
         * (unconfirmed) China's 2023 capital rules state the band in RMB; set the bank's reporting rate here.
         */
        @WithDefault("7.80")
        BigDecimal cnyPerEur();
    }

    /** One product's current version. */
    interface ProductSettings {
        /** Raise when any term below changes; applications keep the version they were made under. */
        int version();

        BigDecimal minAmount();

        BigDecimal maxAmount();

        int minTermMonths();

        int maxTermMonths();

        BigDecimal rateFloor();

        BigDecimal rateCap();

        /** RepaymentType names; the first is the default. */
        List<String> repaymentTypes();

        /** CreditSupportType names accepted. */
        List<String> eligibleCreditSupport();

        /** Free text shown with the product. */
        Optional<String> description();
    }
}
