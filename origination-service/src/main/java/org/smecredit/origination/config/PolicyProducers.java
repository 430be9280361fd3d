package org.smecredit.origination.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.pricing.RiskBasedPricing;

/** Builds the pure policy and pricing objects from {@link OriginationConfig}. */
public class PolicyProducers {

    @Produces
    @Singleton
    CreditPolicy creditPolicy(OriginationConfig config) {
        var p = config.policy();
        return new CreditPolicy(new CreditPolicy.Limits(p.maxPd(), p.automaticAuthority(), p.autoApprovalMaxPd()));
    }

    @Produces
    @Singleton
    RiskBasedPricing riskBasedPricing(OriginationConfig config) {
        var p = config.pricing();
        return new RiskBasedPricing(p.lpr1y(), p.lgd(), p.operatingCost(), p.margin());
    }
}
