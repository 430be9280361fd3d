package org.smecredit.origination.support;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The Basel II foundation-IRB parameters for collateral (../shared/domain-facts.md, Basel II ¶287-288 and ¶295):
 * the LGD of senior unsecured claims (45 %; 40 % for non-financial corporates under Basel III final), and for each
 * eligible collateral class its minimum LGD on the secured portion, the threshold C* below which the collateral is
 * not recognised at all and the over-collateralisation C** needed to secure one unit of exposure (the portion
 * secured is C / C**). Configurable data, not constants: the C* thresholds (0 % receivables, 30 % real estate and
 * other physical) are from the Basel II ¶295 table and not in domain-facts (unconfirmed there).
 */
public record FirbCollateralRules(BigDecimal unsecuredLgd, ClassRule receivables, ClassRule realEstate,
                                  ClassRule otherPhysical) {

    /**
     * @param minimumLgd         LGD of the portion this class secures (e.g. 0.35)
     * @param minimumCoverage    C*: collateral value over exposure below which nothing is recognised (e.g. 0.30)
     * @param overCollateralization C**: value needed per unit of exposure secured (e.g. 1.40)
     */
    public record ClassRule(BigDecimal minimumLgd, BigDecimal minimumCoverage, BigDecimal overCollateralization) {
        public ClassRule {
            Objects.requireNonNull(minimumLgd);
            Objects.requireNonNull(minimumCoverage);
            if (overCollateralization.compareTo(BigDecimal.ONE) < 0) {
                throw new IllegalArgumentException("over-collateralisation below 100 %: " + overCollateralization);
            }
        }
    }

    /** Basel II values: 45 %; receivables 35 % / 0 % / 125 %; CRE/RRE 35 % / 30 % / 140 %; other 40 % / 30 % / 140 %. */
    public static FirbCollateralRules baselII() {
        return new FirbCollateralRules(new BigDecimal("0.45"),
                new ClassRule(new BigDecimal("0.35"), BigDecimal.ZERO, new BigDecimal("1.25")),
                new ClassRule(new BigDecimal("0.35"), new BigDecimal("0.30"), new BigDecimal("1.40")),
                new ClassRule(new BigDecimal("0.40"), new BigDecimal("0.30"), new BigDecimal("1.40")));
    }

    public ClassRule rule(CreditSupportType.FirbClass c) {
        return switch (c) {
            case RECEIVABLES -> receivables;
            case REAL_ESTATE -> realEstate;
            case OTHER_PHYSICAL -> otherPhysical;
            default -> throw new IllegalArgumentException("no over-collateralisation rule for " + c);
        };
    }
}
