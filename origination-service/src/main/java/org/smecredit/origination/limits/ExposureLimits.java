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
 *   <li><b>Single borrower</b>: the borrower's exposure plus the amount applied for.</li>
 *   <li><b>Related group</b>: the borrower and the customers linked to it by a direct guarantee either way.</li>
 *   <li><b>Guarantee circle</b>: every customer of the borrower's guarantee circle (domain-facts "Guarantee
 *   circles": banks grant per firm, not per circle, so members get more credit than they can repay together).</li>
 *   <li><b>Industry concentration</b>: the share of the book in the borrower's GB/T 4754 section after the loan;
 *   only checked once the book is large enough for a share to mean something.</li>
 * </ul>
 * Exposure counts what the bank has committed, not only what it has paid out (a commitment becomes a claim at the
 * borrower's discretion; CBIRC large-exposure rules count off-balance-sheet items at their exposure value too):
 * <b>drawn</b> = disbursed loans not yet matured; <b>committed</b> = APPROVED offers not yet expired plus CONTRACTED
 * loans still within their drawdown window, never the application being decided itself. Each reason names both.
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

    /**
     * Exposures (CNY) before the loan applied for: the drawn part ({@code borrower}, {@code relatedGroup},
     * {@code guaranteeCircle}, {@code industry}, {@code book}: disbursed loans not yet matured) and the committed part
     * ({@code …Committed}: open offers and contracted loans not yet disbursed).
     */
    public record Exposures(BigDecimal borrower, BigDecimal relatedGroup, int relatedGroupSize,
                            BigDecimal guaranteeCircle, int circleSize, String industrySection,
                            BigDecimal industry, BigDecimal book, BigDecimal borrowerCommitted,
                            BigDecimal relatedGroupCommitted, BigDecimal guaranteeCircleCommitted,
                            BigDecimal industryCommitted, BigDecimal bookCommitted) {

        public Exposures {
            Objects.requireNonNull(borrowerCommitted);
            Objects.requireNonNull(relatedGroupCommitted);
            Objects.requireNonNull(guaranteeCircleCommitted);
            Objects.requireNonNull(industryCommitted);
            Objects.requireNonNull(bookCommitted);
        }

        /** Drawn exposures only, nothing committed. */
        public Exposures(BigDecimal borrower, BigDecimal relatedGroup, int relatedGroupSize,
                         BigDecimal guaranteeCircle, int circleSize, String industrySection,
                         BigDecimal industry, BigDecimal book) {
            this(borrower, relatedGroup, relatedGroupSize, guaranteeCircle, circleSize, industrySection, industry,
                    book, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
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
        amountLimit("single-borrower", e.borrower(), e.borrowerCommitted(), amount, settings.singleBorrower(),
                "borrower", breaches, reasons);
        amountLimit("related-group", e.relatedGroup(), e.relatedGroupCommitted(), amount, settings.relatedGroup(),
                "related group of " + e.relatedGroupSize() + " customers", breaches, reasons);
        amountLimit("guarantee-circle", e.guaranteeCircle(), e.guaranteeCircleCommitted(), amount,
                settings.guaranteeCircle(), "guarantee circle of " + e.circleSize() + " customers", breaches, reasons);
        BigDecimal book = e.book().add(e.bookCommitted()).add(amount);
        if (book.compareTo(settings.minimumBookForConcentration()) >= 0) {
            BigDecimal industry = e.industry().add(e.industryCommitted()).add(amount);
            BigDecimal share = industry.divide(book, 4, RoundingMode.HALF_UP);
            Limit l = settings.industryShare();
            String what = "industry " + e.industrySection() + " share of the book " + pct(share) + " ("
                    + industry.toPlainString() + " of " + book.toPlainString() + " CNY; industry drawn "
                    + e.industry().toPlainString() + " + committed " + e.industryCommitted().toPlainString()
                    + " + this loan " + amount.toPlainString() + ")";
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

    private static void amountLimit(String name, BigDecimal drawn, BigDecimal committed, BigDecimal amount, Limit l,
                                    String who, List<Breach> breaches, List<String> reasons) {
        BigDecimal after = drawn.add(committed).add(amount);
        String what = name + " exposure of the " + who + " after this loan " + after.toPlainString() + " CNY (drawn "
                + drawn.toPlainString() + " + committed " + committed.toPlainString() + " + this loan "
                + amount.toPlainString() + ")";
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
