package org.smecredit.origination.limits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Concentration limits checked before a credit decision. Pure.
 *
 * <ul>
 *   <li><b>Single borrower</b>: the borrower's live exposure plus the amount applied for.</li>
 *   <li><b>Related group</b>: the borrower and the customers linked to it by a direct guarantee either way.</li>
 *   <li><b>Guarantee circle</b>: every customer of the borrower's guarantee circle (domain-facts "Guarantee
 *   circles": banks grant per firm, not per circle, so members get more credit than they can repay together).</li>
 *   <li><b>Industry concentration</b>: the share of the book in the borrower's GB/T 4754 section after the loan;
 *   only checked once the book is large enough for a share to mean something.</li>
 * </ul>
 * Limits are CNY amounts configured from the bank's capital. (unconfirmed) the regulatory anchor: CBIRC large
 * exposure rules (商业银行大额风险暴露管理办法, 2018) cap a non-bank customer at 10 % and a group at 15 % of tier 1
 * capital; not in domain-facts, so kept as configuration. Each breach is a hard decline or a referral, as the
 * policy configures it, and is named in the decision's reasons.
 */
public final class ExposureLimits {

    public enum Action { DECLINE, REFER }

    public record Limit(BigDecimal maximum, Action action) {
        public Limit {
            Objects.requireNonNull(maximum);
            Objects.requireNonNull(action);
        }
    }

    /** @param minimumBookForConcentration below this book size (CNY) the industry share is not checked */
    public record Settings(Limit singleBorrower, Limit relatedGroup, Limit guaranteeCircle, Limit industryShare,
                           BigDecimal minimumBookForConcentration) {
    }

    /** Live exposures (CNY) before the loan applied for. */
    public record Exposures(BigDecimal borrower, BigDecimal relatedGroup, int relatedGroupSize,
                            BigDecimal guaranteeCircle, int circleSize, String industrySection,
                            BigDecimal industry, BigDecimal book) {
    }

    public record Breach(String limit, Action action, String reason) {
    }

    public record Result(List<Breach> breaches, List<String> reasons) {
        public boolean declined() {
            return breaches.stream().anyMatch(b -> b.action() == Action.DECLINE);
        }

        public boolean referred() {
            return breaches.stream().anyMatch(b -> b.action() == Action.REFER);
        }
    }

    private final Settings settings;

    public ExposureLimits(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    public Result check(BigDecimal amount, Exposures e) {
        List<Breach> breaches = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        amountLimit("single-borrower", e.borrower().add(amount), settings.singleBorrower(), "borrower", breaches,
                reasons);
        amountLimit("related-group", e.relatedGroup().add(amount), settings.relatedGroup(),
                "related group of " + e.relatedGroupSize() + " customers", breaches, reasons);
        amountLimit("guarantee-circle", e.guaranteeCircle().add(amount), settings.guaranteeCircle(),
                "guarantee circle of " + e.circleSize() + " customers", breaches, reasons);
        BigDecimal book = e.book().add(amount);
        if (book.compareTo(settings.minimumBookForConcentration()) >= 0) {
            BigDecimal share = e.industry().add(amount).divide(book, 4, RoundingMode.HALF_UP);
            Limit l = settings.industryShare();
            String what = "industry " + e.industrySection() + " share of the book " + pct(share);
            if (share.compareTo(l.maximum()) > 0) {
                String reason = "limit breach (" + l.action() + "): " + what + " above " + pct(l.maximum());
                breaches.add(new Breach("industry-concentration", l.action(), reason));
                reasons.add(reason);
            } else {
                reasons.add("limit: " + what + " within " + pct(l.maximum()));
            }
        }
        return new Result(List.copyOf(breaches), List.copyOf(reasons));
    }

    private static void amountLimit(String name, BigDecimal after, Limit l, String who, List<Breach> breaches,
                                    List<String> reasons) {
        String what = name + " exposure of the " + who + " after this loan " + after.toPlainString() + " CNY";
        if (after.compareTo(l.maximum()) > 0) {
            String reason = "limit breach (" + l.action() + "): " + what + " above " + l.maximum().toPlainString()
                    + " CNY";
            breaches.add(new Breach(name, l.action(), reason));
            reasons.add(reason);
        } else {
            reasons.add("limit: " + what + " within " + l.maximum().toPlainString() + " CNY");
        }
    }

    private static String pct(BigDecimal d) {
        return d.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
