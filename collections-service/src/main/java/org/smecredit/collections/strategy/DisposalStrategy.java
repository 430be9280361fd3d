package org.smecredit.collections.strategy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Expected net present value of each way to work out a defaulted loan, and the recommendation: the highest NPV.
 * Pure: no I/O, no clock; everything it uses is in {@link CaseFacts} and {@link StrategyAssumptions}.
 *
 * <p>Money model (E = the exposure still to recover; DF(m) = (1 + d/12)^−m, d the annual discount rate):
 * <ul>
 *   <li>Soft collection: E × s × DF(m_s) − c_s.</li>
 *   <li>Guarantor claim: min(E, Σ amount_k × p_k) × DF(m_g) − c_g.</li>
 *   <li>Collateral enforcement: collateral realized in order of time to realize, each bringing
 *       value_k × (1 − haircut_k) up to what is still owed; NPV = Σ proceeds_k × (1 − r_e) × DF(m_k) − c_e
 *       (r_e: enforcement cost as a share of proceeds; c_e: fixed legal cost paid now).</li>
 *   <li>Debt sale to an AMC: E × price × DF(m_a) − c_a.</li>
 *   <li>Write-off: E × w × DF(m_w) (what is still collected on the written-off claim).</li>
 *   <li>Restructuring: a level monthly annuity A = E × i / (1 − (1 + i)^−n), i = new rate / 12, n = new term;
 *       cured with probability p the bank receives it all, PV = A × (1 − (1 + j)^−n) / j, j = d / 12; otherwise
 *       the borrower re-defaults after m_r months and the bank falls back on the best liquidation option valued
 *       today, NPV_fb × DF(m_r) (payments before the re-default are conservatively ignored). NPV = p × PV +
 *       (1 − p) × NPV_fb × DF(m_r) − c_r.</li>
 * </ul>
 * Intermediate arithmetic at 34 significant digits (DECIMAL128); results rounded once, HALF_UP to CNY scale 2.
 * Options are exclusive alternatives here: combining them (e.g. a guarantor claim then enforcement on the rest)
 * is not modelled.
 */
public final class DisposalStrategy {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final StrategyAssumptions a;

    public DisposalStrategy(StrategyAssumptions assumptions) {
        this.a = Objects.requireNonNull(assumptions);
    }

    public StrategyRecommendation evaluate(CaseFacts facts) {
        Map<DisposalOption, OptionValuation> byOption = new EnumMap<>(DisposalOption.class);
        byOption.put(DisposalOption.SOFT_COLLECTION, simple(DisposalOption.SOFT_COLLECTION, facts.exposure(), a.soft(), "recovery share"));
        byOption.put(DisposalOption.GUARANTOR_CLAIM, guarantorClaim(facts));
        byOption.put(DisposalOption.COLLATERAL_ENFORCEMENT, enforcement(facts));
        BigDecimal price = facts.amcPriceShare() != null ? facts.amcPriceShare() : a.debtSale().share();
        byOption.put(DisposalOption.DEBT_SALE, simple(DisposalOption.DEBT_SALE, facts.exposure(),
                new StrategyAssumptions.Recovery(price, a.debtSale().months(), a.debtSale().cost()),
                facts.amcPriceShare() != null ? "AMC quoted price share" : "AMC price share"));
        byOption.put(DisposalOption.WRITE_OFF, simple(DisposalOption.WRITE_OFF, facts.exposure(), a.writeOff(),
                "post-write-off recovery share"));
        byOption.put(DisposalOption.RESTRUCTURING, restructuring(facts, byOption));

        List<OptionValuation> options = new ArrayList<>();
        for (DisposalOption o : DisposalOption.values()) {
            options.add(byOption.get(o));
        }
        List<OptionValuation> ranked = options.stream().filter(OptionValuation::available)
                .sorted(Comparator.comparing(OptionValuation::npv).reversed()
                        .thenComparing(o -> o.option().ordinal()))
                .toList();
        OptionValuation best = ranked.get(0);
        String reason;
        if (ranked.size() == 1) {
            reason = best.option() + " is the only option available, expected NPV " + best.npv();
        } else {
            OptionValuation next = ranked.get(1);
            reason = best.option() + " has the highest expected NPV, " + best.npv() + " " + "("
                    + pct(best.npv(), facts.exposure()) + " of the exposure), "
                    + best.npv().subtract(next.npv()) + " more than the next best, " + next.option() + " ("
                    + next.npv() + ")";
            if (best.npv().compareTo(next.npv()) == 0) {
                reason += "; on a tie the option that keeps the firm alive or liquidates less is preferred";
            }
        }
        return new StrategyRecommendation(facts.exposure(), a.discountRate(), options, best.option(), reason);
    }

    /** DF(m) = (1 + d/12)^−m. */
    BigDecimal discountFactor(int months) {
        BigDecimal monthly = BigDecimal.ONE.add(a.discountRate().divide(TWELVE, MC), MC);
        return BigDecimal.ONE.divide(monthly.pow(months, MC), MC);
    }

    private OptionValuation simple(DisposalOption option, BigDecimal exposure, StrategyAssumptions.Recovery r,
                                   String shareName) {
        BigDecimal expected = exposure.multiply(r.share(), MC);
        BigDecimal df = discountFactor(r.months());
        BigDecimal npv = expected.multiply(df, MC).subtract(r.cost(), MC);
        Map<String, Object> as = new LinkedHashMap<>();
        as.put("exposure", exposure);
        as.put(shareName, r.share());
        as.put("monthsToRecover", r.months());
        as.put("discountFactor", df.setScale(6, RoundingMode.HALF_UP));
        as.put("cost", r.cost());
        return new OptionValuation(option, true, money(expected), money(npv), as,
                "exposure " + exposure + " × " + shareName + " " + r.share() + " × DF(" + r.months() + ") "
                        + df.setScale(6, RoundingMode.HALF_UP) + " − cost " + r.cost());
    }

    private OptionValuation guarantorClaim(CaseFacts facts) {
        if (facts.guarantees().isEmpty()) {
            return OptionValuation.unavailable(DisposalOption.GUARANTOR_CLAIM, "no guarantee entered on the case");
        }
        StrategyAssumptions.GuarantorClaim g = a.guarantorClaim();
        BigDecimal weighted = BigDecimal.ZERO;
        List<Map<String, Object>> guarantees = new ArrayList<>();
        for (CaseFacts.Guarantee k : facts.guarantees()) {
            BigDecimal p = k.payProbability() != null ? k.payProbability() : g.payProbability();
            weighted = weighted.add(k.amount().multiply(p, MC), MC);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("guarantor", k.guarantor());
            row.put("amount", k.amount());
            row.put("payProbability", p);
            guarantees.add(row);
        }
        BigDecimal expected = weighted.min(facts.exposure());
        BigDecimal df = discountFactor(g.months());
        BigDecimal npv = expected.multiply(df, MC).subtract(g.legalCost(), MC);
        Map<String, Object> as = new LinkedHashMap<>();
        as.put("exposure", facts.exposure());
        as.put("guarantees", guarantees);
        as.put("monthsToRecover", g.months());
        as.put("discountFactor", df.setScale(6, RoundingMode.HALF_UP));
        as.put("legalCost", g.legalCost());
        return new OptionValuation(DisposalOption.GUARANTOR_CLAIM, true, money(expected), money(npv), as,
                "min(exposure, Σ amount × pay probability) " + money(expected) + " × DF(" + g.months() + ") − legal cost "
                        + g.legalCost());
    }

    private OptionValuation enforcement(CaseFacts facts) {
        if (facts.collateral().isEmpty()) {
            return OptionValuation.unavailable(DisposalOption.COLLATERAL_ENFORCEMENT, "no collateral entered on the case");
        }
        StrategyAssumptions.Enforcement e = a.enforcement();
        List<CaseFacts.Collateral> inOrder = facts.collateral().stream()
                .sorted(Comparator.comparingInt(c -> e.byType().get(c.type()).monthsToRealize()))
                .toList();
        BigDecimal owed = facts.exposure();
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal keep = BigDecimal.ONE.subtract(e.proceedsCostRate());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CaseFacts.Collateral c : inOrder) {
            StrategyAssumptions.CollateralTerms t = e.byType().get(c.type());
            BigDecimal net = c.appraisedValue().multiply(BigDecimal.ONE.subtract(t.haircut()), MC);
            BigDecimal proceeds = net.min(owed);
            owed = owed.subtract(proceeds, MC);
            expected = expected.add(proceeds, MC);
            BigDecimal df = discountFactor(t.monthsToRealize());
            pv = pv.add(proceeds.multiply(keep, MC).multiply(df, MC), MC);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("type", c.type());
            row.put("description", c.description());
            row.put("appraisedValue", c.appraisedValue());
            row.put("haircut", t.haircut());
            row.put("valueAfterHaircut", money(net));
            row.put("proceedsApplied", money(proceeds));
            row.put("monthsToRealize", t.monthsToRealize());
            row.put("discountFactor", df.setScale(6, RoundingMode.HALF_UP));
            rows.add(row);
        }
        BigDecimal npv = pv.subtract(e.fixedLegalCost(), MC);
        Map<String, Object> as = new LinkedHashMap<>();
        as.put("exposure", facts.exposure());
        as.put("collateral", rows);
        as.put("proceedsCostRate", e.proceedsCostRate());
        as.put("fixedLegalCost", e.fixedLegalCost());
        return new OptionValuation(DisposalOption.COLLATERAL_ENFORCEMENT, true, money(expected), money(npv), as,
                "Σ min(value × (1 − haircut), still owed) × (1 − proceeds cost " + e.proceedsCostRate()
                        + ") × DF(months to realize) − fixed legal cost " + e.fixedLegalCost());
    }

    private OptionValuation restructuring(CaseFacts facts, Map<DisposalOption, OptionValuation> liquidation) {
        StrategyAssumptions.Restructuring r = a.restructuring();
        CaseFacts.RestructuringTerms t = facts.restructuring();
        BigDecimal rate = t != null && t.annualRate() != null ? t.annualRate() : r.annualRate();
        int n = t != null && t.termMonths() != null ? t.termMonths() : r.termMonths();
        BigDecimal p = t != null && t.cureProbability() != null ? t.cureProbability() : r.cureProbability();
        BigDecimal e = facts.exposure();

        BigDecimal payment = annuityPayment(e, rate.divide(TWELVE, MC), n);
        BigDecimal pvCured = annuityPresentValue(payment, a.discountRate().divide(TWELVE, MC), n);

        Optional<OptionValuation> fallback = liquidation.values().stream()
                .filter(o -> o.available() && o.option() != DisposalOption.SOFT_COLLECTION)
                .max(Comparator.comparing(OptionValuation::npv).thenComparing(o -> -o.option().ordinal()));
        BigDecimal fallbackNpv = fallback.map(OptionValuation::npv).orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
        BigDecimal dfReDefault = discountFactor(r.reDefaultMonths());
        BigDecimal q = BigDecimal.ONE.subtract(p);

        BigDecimal npv = p.multiply(pvCured, MC)
                .add(q.multiply(fallbackNpv, MC).multiply(dfReDefault, MC), MC)
                .subtract(r.cost(), MC);
        BigDecimal expected = p.multiply(payment.multiply(BigDecimal.valueOf(n), MC), MC)
                .add(q.multiply(fallback.map(OptionValuation::expectedRecovery).orElse(BigDecimal.ZERO), MC), MC);

        Map<String, Object> as = new LinkedHashMap<>();
        as.put("exposure", e);
        as.put("newAnnualRate", rate);
        as.put("newTermMonths", n);
        as.put("monthlyPayment", money(payment));
        as.put("presentValueIfCured", money(pvCured));
        as.put("cureProbability", p);
        as.put("fallbackOnReDefault", fallback.map(o -> o.option().name()).orElse("NONE"));
        as.put("fallbackNpv", fallbackNpv);
        as.put("reDefaultMonths", r.reDefaultMonths());
        as.put("reDefaultDiscountFactor", dfReDefault.setScale(6, RoundingMode.HALF_UP));
        as.put("cost", r.cost());
        return new OptionValuation(DisposalOption.RESTRUCTURING, true, money(expected), money(npv), as,
                "cure probability " + p + " × PV of " + n + " payments of " + money(payment) + " (" + money(pvCured)
                        + ") + " + q + " × fallback " + fallback.map(o -> o.option().name()).orElse("NONE") + " "
                        + fallbackNpv + " × DF(" + r.reDefaultMonths() + ") − cost " + r.cost());
    }

    /** Level payment of an n-month annuity on principal e at monthly rate i (e / n when i = 0). */
    public static BigDecimal annuityPayment(BigDecimal e, BigDecimal i, int n) {
        if (i.signum() == 0) {
            return e.divide(BigDecimal.valueOf(n), MC);
        }
        BigDecimal v = BigDecimal.ONE.divide(BigDecimal.ONE.add(i, MC).pow(n, MC), MC);
        return e.multiply(i, MC).divide(BigDecimal.ONE.subtract(v, MC), MC);
    }

    /** Present value of n monthly payments at monthly discount rate j (payment × n when j = 0). */
    static BigDecimal annuityPresentValue(BigDecimal payment, BigDecimal j, int n) {
        if (j.signum() == 0) {
            return payment.multiply(BigDecimal.valueOf(n), MC);
        }
        BigDecimal v = BigDecimal.ONE.divide(BigDecimal.ONE.add(j, MC).pow(n, MC), MC);
        return payment.multiply(BigDecimal.ONE.subtract(v, MC), MC).divide(j, MC);
    }

    private static BigDecimal money(BigDecimal x) {
        return x.setScale(2, RoundingMode.HALF_UP);
    }

    private static String pct(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP) + "%";
    }
}
