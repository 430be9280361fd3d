package org.smecredit.origination.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Secured portion and LGD of one exposure under the Basel II foundation-IRB collateral rules (Basel II ¶287-296,
 * ../shared/domain-facts.md "Foundation IRB LGD"). Pure.
 *
 * <ol>
 *   <li>Each item's recognised value is its valuation less the bank's own haircut (valuation to prudent value).
 *   A valuation older than the maximum age, or dated after the business date, is not recognised.</li>
 *   <li>Financial collateral (deposits, equity) reduces the exposure one for one: E* = max(0, E − C·(1 − H)),
 *   LGD 0 on the covered part (comprehensive approach, Basel II ¶147 and ¶291).</li>
 *   <li>Receivables, real estate and other physical collateral, class by class in order of their minimum LGD:
 *   if C/E &lt; C* nothing is recognised; otherwise the portion min(E remaining, C / C**) is secured at the class's
 *   minimum LGD (Basel II ¶295; mixed pools are split portion by portion, ¶296).</li>
 *   <li>The rest is unsecured at the senior unsecured LGD (45 %, Basel II ¶287).</li>
 *   <li>Guarantees do not change the LGD (F-IRB recognises them by substituting the guarantor's PD and risk weight,
 *   Basel II ¶301-302, which origination does not hold). They count towards the <em>secured share</em> the
 *   authority matrix reads, when the guarantor is eligible (a company or a professional guarantee company, not a
 *   natural person, ¶302) and does not sit in the borrower's guarantee circle (domain-facts "Guarantee circles":
 *   mutual guarantees transmit rather than absorb default).</li>
 * </ol>
 * LGD = Σ portion × LGD / E, rounded HALF_UP to 6 decimals.
 */
public final class CreditSupportAssessment {
    static final int LGD_SCALE = 6;

    private final FirbCollateralRules rules;
    private final int maxValuationAgeMonths;

    public CreditSupportAssessment(FirbCollateralRules rules, int maxValuationAgeMonths) {
        this.rules = Objects.requireNonNull(rules);
        this.maxValuationAgeMonths = maxValuationAgeMonths;
    }

    /** One credit support item as the application states it. {@code guarantorCustomerId} only for guarantees by a customer. */
    public record Item(CreditSupportType type, BigDecimal value, LocalDate valuationDate, BigDecimal haircut,
                       UUID guarantorCustomerId) {
        public BigDecimal adjustedValue() {
            return value.multiply(BigDecimal.ONE.subtract(haircut)).setScale(2, RoundingMode.HALF_DOWN);
        }
    }

    /** What one item contributes. */
    public record ItemResult(Item item, BigDecimal recognisedValue, boolean inGuaranteeCircle, String note) {
    }

    /** A part of the exposure and the LGD it carries. */
    public record Portion(String secured, BigDecimal amount, BigDecimal lgd) {
    }

    public record Result(BigDecimal exposure, List<Portion> portions, BigDecimal collateralSecured,
                         BigDecimal guaranteeCovered, BigDecimal securedAmount, BigDecimal securedShare,
                         BigDecimal lgd, List<ItemResult> items, List<String> reasons) {
        public boolean hasGuarantorInCircle() {
            return items.stream().anyMatch(ItemResult::inGuaranteeCircle);
        }
    }

    /**
     * @param exposure     the amount applied for, CNY
     * @param items        the credit support offered (empty: unsecured)
     * @param circle       the borrower's guarantee circle (customer ids), empty when none is known
     * @param businessDate today's business date, for valuation age
     */
    public Result assess(BigDecimal exposure, List<Item> items, Set<UUID> circle, LocalDate businessDate) {
        List<ItemResult> results = new ArrayList<>();
        Map<CreditSupportType.FirbClass, BigDecimal> byClass = new EnumMap<>(CreditSupportType.FirbClass.class);
        BigDecimal guarantees = BigDecimal.ZERO;
        List<String> reasons = new ArrayList<>();
        for (Item i : items) {
            String stale = staleness(i, businessDate);
            if (stale != null) {
                results.add(new ItemResult(i, BigDecimal.ZERO.setScale(2), false, stale));
                continue;
            }
            BigDecimal adjusted = i.adjustedValue();
            if (i.type().isGuarantee()) {
                boolean inCircle = i.guarantorCustomerId() != null && circle.contains(i.guarantorCustomerId());
                if (inCircle) {
                    results.add(new ItemResult(i, BigDecimal.ZERO.setScale(2), true, "guarantor "
                            + i.guarantorCustomerId() + " sits in the borrower's guarantee circle: not recognised"));
                } else if (i.type() == CreditSupportType.GUARANTEE_NATURAL_PERSON) {
                    results.add(new ItemResult(i, BigDecimal.ZERO.setScale(2), false,
                            "natural-person guarantee: held, not an eligible guarantor (Basel II ¶302)"));
                } else {
                    guarantees = guarantees.add(adjusted);
                    results.add(new ItemResult(i, adjusted, false, "guarantee recognised for the secured share"));
                }
                continue;
            }
            if (i.type().firbClass() == CreditSupportType.FirbClass.NOT_ELIGIBLE) {
                results.add(new ItemResult(i, BigDecimal.ZERO.setScale(2), false,
                        "not eligible collateral under foundation IRB (Basel II ¶289): no LGD relief"));
                continue;
            }
            byClass.merge(i.type().firbClass(), adjusted, BigDecimal::add);
            results.add(new ItemResult(i, adjusted, false, "collateral, " + i.type().firbClass()));
        }

        BigDecimal remaining = exposure;
        List<Portion> portions = new ArrayList<>();
        BigDecimal financial = byClass.getOrDefault(CreditSupportType.FirbClass.FINANCIAL, BigDecimal.ZERO);
        if (financial.signum() > 0) {
            BigDecimal covered = financial.min(remaining);
            portions.add(new Portion("FINANCIAL", covered, BigDecimal.ZERO));
            remaining = remaining.subtract(covered);
        }
        for (CreditSupportType.FirbClass c : ordered()) {
            BigDecimal value = byClass.getOrDefault(c, BigDecimal.ZERO);
            if (value.signum() == 0 || remaining.signum() == 0) {
                continue;
            }
            FirbCollateralRules.ClassRule rule = rules.rule(c);
            BigDecimal coverage = value.divide(exposure, 8, RoundingMode.HALF_UP);
            if (coverage.compareTo(rule.minimumCoverage()) < 0) {
                reasons.add(c + " collateral covers " + pct(coverage) + " of the exposure, below the "
                        + pct(rule.minimumCoverage()) + " threshold C* (Basel II ¶295): not recognised");
                continue;
            }
            BigDecimal secures = value.divide(rule.overCollateralization(), 2, RoundingMode.DOWN).min(remaining);
            portions.add(new Portion(c.name(), secures, rule.minimumLgd()));
            remaining = remaining.subtract(secures);
        }
        BigDecimal collateralSecured = exposure.subtract(remaining);
        if (remaining.signum() > 0) {
            portions.add(new Portion("UNSECURED", remaining, rules.unsecuredLgd()));
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (Portion p : portions) {
            weighted = weighted.add(p.amount().multiply(p.lgd()));
        }
        BigDecimal lgd = weighted.divide(exposure, LGD_SCALE, RoundingMode.HALF_UP);
        BigDecimal guaranteeCovered = guarantees.min(remaining);
        BigDecimal secured = collateralSecured.add(guaranteeCovered);
        BigDecimal share = secured.divide(exposure, 4, RoundingMode.HALF_UP);

        if (items.isEmpty()) {
            reasons.add("unsecured: LGD " + pct(lgd) + " (F-IRB senior unsecured, Basel II ¶287)");
        } else {
            reasons.add("credit support: collateral secures " + collateralSecured.toPlainString() + " CNY, eligible "
                    + "guarantees cover " + guaranteeCovered.toPlainString() + " CNY; secured share " + pct(share)
                    + ", LGD " + pct(lgd) + " (F-IRB, Basel II ¶287-296)");
        }
        results.stream().filter(ItemResult::inGuaranteeCircle).forEach(r -> reasons.add("flag: " + r.note()));
        return new Result(exposure, List.copyOf(portions), collateralSecured, guaranteeCovered, secured, share, lgd,
                List.copyOf(results), List.copyOf(reasons));
    }

    private String staleness(Item i, LocalDate businessDate) {
        if (i.valuationDate().isAfter(businessDate)) {
            return "valuation dated " + i.valuationDate() + " after the business date: not recognised";
        }
        if (i.valuationDate().plusMonths(maxValuationAgeMonths).isBefore(businessDate)) {
            return "valuation of " + i.valuationDate() + " older than " + maxValuationAgeMonths
                    + " months: not recognised until revalued";
        }
        return null;
    }

    /** Lowest minimum LGD first, so the best collateral secures the exposure first. */
    private List<CreditSupportType.FirbClass> ordered() {
        List<CreditSupportType.FirbClass> c = new ArrayList<>(List.of(CreditSupportType.FirbClass.RECEIVABLES,
                CreditSupportType.FirbClass.REAL_ESTATE, CreditSupportType.FirbClass.OTHER_PHYSICAL));
        c.sort((a, b) -> rules.rule(a).minimumLgd().compareTo(rules.rule(b).minimumLgd()));
        return c;
    }

    static String pct(BigDecimal d) {
        BigDecimal p = d.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return p.toPlainString() + " %";
    }
}
