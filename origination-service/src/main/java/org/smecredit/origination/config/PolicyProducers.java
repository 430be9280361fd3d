package org.smecredit.origination.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.smecredit.origination.authority.AuthorityMatrix;
import org.smecredit.origination.capital.IrbCapital;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.pricing.RiskBasedPricing;
import org.smecredit.origination.support.CreditSupportAssessment;
import org.smecredit.origination.support.FirbCollateralRules;

/** Builds the pure policy, limit, credit-support and pricing objects from {@link OriginationConfig}. */
public class PolicyProducers {

    @Produces
    @Singleton
    CreditPolicy creditPolicy(OriginationConfig config) {
        var p = config.policy();
        var a = config.authority();
        AuthorityMatrix matrix = new AuthorityMatrix(a.lowRiskMaxPd(), a.securedShareThreshold(),
                new AuthorityMatrix.Cell(a.automaticLowRiskUnsecured(), a.branchLowRiskUnsecured()),
                new AuthorityMatrix.Cell(a.automaticLowRiskSecured(), a.branchLowRiskSecured()),
                new AuthorityMatrix.Cell(null, a.branchHigherRiskUnsecured()),
                new AuthorityMatrix.Cell(null, a.branchHigherRiskSecured()));
        return new CreditPolicy(new CreditPolicy.Limits(p.maxPd(), p.statementMaxAgeMonths()), matrix);
    }

    @Produces
    @Singleton
    ExposureLimits exposureLimits(OriginationConfig config) {
        var l = config.limits();
        return new ExposureLimits(new ExposureLimits.Settings(
                new ExposureLimits.Limit(l.singleBorrower(), ExposureLimits.Action.valueOf(l.singleBorrowerAction())),
                new ExposureLimits.Limit(l.relatedGroup(), ExposureLimits.Action.valueOf(l.relatedGroupAction())),
                new ExposureLimits.Limit(l.guaranteeCircle(), ExposureLimits.Action.valueOf(l.guaranteeCircleAction())),
                new ExposureLimits.Limit(l.industryShare(), ExposureLimits.Action.valueOf(l.industryShareAction())),
                l.minimumBookForConcentration()));
    }

    @Produces
    @Singleton
    CreditSupportAssessment creditSupportAssessment(OriginationConfig config) {
        var c = config.creditSupport();
        FirbCollateralRules rules = new FirbCollateralRules(c.unsecuredLgd(),
                new FirbCollateralRules.ClassRule(c.receivablesLgd(), c.receivablesMinimumCoverage(),
                        c.receivablesOverCollateralization()),
                new FirbCollateralRules.ClassRule(c.realEstateLgd(), c.realEstateMinimumCoverage(),
                        c.realEstateOverCollateralization()),
                new FirbCollateralRules.ClassRule(c.otherPhysicalLgd(), c.otherPhysicalMinimumCoverage(),
                        c.otherPhysicalOverCollateralization()));
        return new CreditSupportAssessment(rules, c.maxValuationAgeMonths());
    }

    @Produces
    @Singleton
    RiskBasedPricing riskBasedPricing(OriginationConfig config) {
        var p = config.pricing();
        return new RiskBasedPricing(p.lpr1y(), p.operatingCost(), p.margin(), p.capitalRatio(), p.hurdleRate(),
                p.maturityYears(), new IrbCapital(p.pdFloor(), p.scalingFactor()));
    }
}
