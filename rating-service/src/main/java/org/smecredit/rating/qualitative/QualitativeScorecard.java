package org.smecredit.rating.qualitative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The qualitative module: transparent points from the soft information customer-service publishes and the profile
 * facts of {@code customer.registered.v1}, and the rule that combines them with the fitted financial scorecard.
 *
 * <p><b>Units.</b> Points are in the financial scorecard's units, where 8 points double the good:bad odds
 * ({@code fin-scorecard-1.0.0}: calibration slope 0.086393 ≈ ln 2 / 8). A factor without evidence scores 0 (neutral),
 * so a customer nobody has recorded soft information about is rated by the financial model alone.
 *
 * <p><b>Combination rule (weighted log-odds, bounded notching).</b> combined log-odds = financial log-odds
 * + {@value #WEIGHT_TEXT} × qualitative log-odds. The qualitative points are an expert scale, not fitted on default
 * data (the Polish data set has no soft information), so they count half. Expressed in grades: the master scale's
 * grades are 8 points (one doubling of the odds) wide, so the rating moves
 * {@code notches = trunc(0.5 × points / 8)} grades from the financial model grade, bounded to ±{@value #MAX_NOTCHES}
 * so soft information can never outweigh the financial statements, and never into {@code D} (default is an event,
 * not an opinion). Truncation towards zero means evidence worth less than one doubling of the odds moves nothing.
 *
 * <p>The points are bank policy set by credit risk (to be recalibrated once the bank's own defaults with soft
 * information are available, see the back-test); they are not regulation.
 */
public final class QualitativeScorecard {
    static final String WEIGHT_TEXT = "0.5";
    public static final BigDecimal WEIGHT = new BigDecimal(WEIGHT_TEXT);
    public static final int MAX_NOTCHES = 2;
    /** Scorecard points per doubling of the odds, i.e. per grade of the master scale. */
    public static final int POINTS_PER_NOTCH = 8;

    /** Payment regularity and court records look back this far; older items no longer count. */
    static final int REGULARITY_MONTHS = 24;
    static final int COURT_MONTHS = 36;

    /** GB/T 4754 sections the bank's industry policy treats as higher risk: mining, construction, real estate. */
    static final Set<Character> HIGH_RISK_SECTIONS = Set.of('B', 'E', 'K');
    /** Sections treated as lower risk: utilities (D), health and social work (Q). */
    static final Set<Character> LOW_RISK_SECTIONS = Set.of('D', 'Q');

    private QualitativeScorecard() {
    }

    /**
     * @param establishedOn   founding date from the customer profile, or null
     * @param industryCode    GB/T 4754 code (section letter first), or null
     * @param items           the customer's soft information, any order
     * @param asOf            the rating's business date
     */
    public static QualitativeAssessment assess(LocalDate establishedOn, String industryCode, List<SoftItem> items,
                                               LocalDate asOf) {
        List<SoftItem> known = items.stream().filter(i -> !i.observedOn().isAfter(asOf))
                .sorted(Comparator.comparing(SoftItem::observedOn)).toList();
        List<QualitativeAssessment.Factor> factors = new ArrayList<>();
        factors.add(taxGrade(known));
        factors.add(taxArrears(known));
        factors.add(paymentRegularity(known, asOf));
        factors.add(yearsInBusiness(establishedOn, asOf));
        factors.add(ownerCredit(known));
        factors.add(courtRecords(known, asOf));
        factors.add(industryRisk(industryCode));
        int points = factors.stream().mapToInt(QualitativeAssessment.Factor::points).sum();
        BigDecimal weighted = WEIGHT.multiply(BigDecimal.valueOf(points)).setScale(1, RoundingMode.UNNECESSARY);
        return new QualitativeAssessment(List.copyOf(factors), points, WEIGHT, weighted, notches(points), MAX_NOTCHES);
    }

    /** Grades moved for these qualitative points: trunc(WEIGHT × points / 8), within ±MAX_NOTCHES. */
    public static int notches(int points) {
        int n = WEIGHT.multiply(BigDecimal.valueOf(points))
                .divide(BigDecimal.valueOf(POINTS_PER_NOTCH), 0, RoundingMode.DOWN).intValueExact();
        return Math.max(-MAX_NOTCHES, Math.min(MAX_NOTCHES, n));
    }

    /**
     * The latest State Taxation Administration tax-credit grade (A, B, M, C, D; customer-service refuses others):
     * A +8, B +4, M (new taxpayer) 0, C −8, D −16.
     */
    static QualitativeAssessment.Factor taxGrade(List<SoftItem> items) {
        Optional<SoftItem> latest = latest(items, i -> i.is("TAX_PAYMENT") && i.attributes().containsKey("taxGrade"));
        if (latest.isEmpty()) {
            return none("TAX_GRADE");
        }
        String grade = latest.get().attributes().get("taxGrade");
        int points = switch (grade) {
            case "A" -> 8;
            case "B" -> 4;
            case "C" -> -8;
            case "D" -> -16;
            default -> 0;
        };
        return new QualitativeAssessment.Factor("TAX_GRADE", "taxGrade " + grade + " (" + latest.get().observedOn()
                + ")", points);
    }

    /** Tax arrears: the latest tax payment record is NEGATIVE with an amount owed above zero: −8. */
    static QualitativeAssessment.Factor taxArrears(List<SoftItem> items) {
        Optional<SoftItem> latest = latest(items, i -> i.is("TAX_PAYMENT"));
        if (latest.isEmpty()) {
            return none("TAX_ARREARS");
        }
        SoftItem t = latest.get();
        boolean arrears = t.negative() && t.amount() != null && t.amount().signum() > 0;
        return new QualitativeAssessment.Factor("TAX_ARREARS", arrears
                ? "arrears " + t.amount().setScale(2, RoundingMode.HALF_UP).toPlainString() + " CNY (" + t.observedOn() + ")"
                : "no arrears (" + t.observedOn() + ")", arrears ? -8 : 0);
    }

    /**
     * Utility and social-insurance payments of the last 24 months: −4 per NEGATIVE record (at worst −12); +4 when
     * there are at least two records and all are POSITIVE.
     */
    static QualitativeAssessment.Factor paymentRegularity(List<SoftItem> items, LocalDate asOf) {
        LocalDate since = asOf.minusMonths(REGULARITY_MONTHS);
        List<SoftItem> payments = items.stream()
                .filter(i -> i.is("UTILITY_PAYMENT") || i.is("SOCIAL_INSURANCE_PAYMENT"))
                .filter(i -> i.observedOn().isAfter(since)).toList();
        if (payments.isEmpty()) {
            return none("PAYMENT_REGULARITY");
        }
        long negatives = payments.stream().filter(SoftItem::negative).count();
        boolean allPositive = payments.size() >= 2 && payments.stream().allMatch(SoftItem::positive);
        int points = negatives > 0 ? (int) Math.max(-12, -4 * negatives) : allPositive ? 4 : 0;
        return new QualitativeAssessment.Factor("PAYMENT_REGULARITY", payments.size() + " records in "
                + REGULARITY_MONTHS + " months, " + negatives + " negative", points);
    }

    /** Whole years since founding: under 2 −8, under 5 −4, under 10 0, 10 or more +4. Unknown: 0. */
    static QualitativeAssessment.Factor yearsInBusiness(LocalDate establishedOn, LocalDate asOf) {
        if (establishedOn == null || establishedOn.isAfter(asOf)) {
            return none("YEARS_IN_BUSINESS");
        }
        int years = Period.between(establishedOn, asOf).getYears();
        int points = years < 2 ? -8 : years < 5 ? -4 : years < 10 ? 0 : 4;
        return new QualitativeAssessment.Factor("YEARS_IN_BUSINESS", years + " years (since " + establishedOn + ")",
                points);
    }

    /** The owner's latest personal credit report: POSITIVE +4, NEUTRAL 0, NEGATIVE −12. */
    static QualitativeAssessment.Factor ownerCredit(List<SoftItem> items) {
        Optional<SoftItem> latest = latest(items, i -> i.is("OWNER_PERSONAL_CREDIT"));
        if (latest.isEmpty()) {
            return none("OWNER_CREDIT");
        }
        SoftItem o = latest.get();
        int points = o.positive() ? 4 : o.negative() ? -12 : 0;
        return new QualitativeAssessment.Factor("OWNER_CREDIT", o.assessment() + " (" + o.observedOn() + ")", points);
    }

    /**
     * Court judgments and administrative penalties of the last 36 months assessed NEGATIVE: −16 per judgment, −8 per
     * penalty, at worst −24.
     */
    static QualitativeAssessment.Factor courtRecords(List<SoftItem> items, LocalDate asOf) {
        LocalDate since = asOf.minusMonths(COURT_MONTHS);
        long judgments = items.stream().filter(i -> i.is("COURT_JUDGMENT") && i.negative()
                && i.observedOn().isAfter(since)).count();
        long penalties = items.stream().filter(i -> i.is("ADMINISTRATIVE_PENALTY") && i.negative()
                && i.observedOn().isAfter(since)).count();
        if (judgments + penalties == 0) {
            return none("COURT_RECORDS");
        }
        int points = (int) Math.max(-24, -16 * judgments - 8 * penalties);
        return new QualitativeAssessment.Factor("COURT_RECORDS", judgments + " adverse judgments, " + penalties
                + " penalties in " + COURT_MONTHS + " months", points);
    }

    /** Industry (GB/T 4754 section letter): mining, construction, real estate −4; utilities, health +2; else 0. */
    static QualitativeAssessment.Factor industryRisk(String industryCode) {
        if (industryCode == null || industryCode.isBlank()) {
            return none("INDUSTRY_RISK");
        }
        char section = Character.toUpperCase(industryCode.strip().charAt(0));
        int points = HIGH_RISK_SECTIONS.contains(section) ? -4 : LOW_RISK_SECTIONS.contains(section) ? 2 : 0;
        return new QualitativeAssessment.Factor("INDUSTRY_RISK", "GB/T 4754 " + industryCode.strip(), points);
    }

    private static Optional<SoftItem> latest(List<SoftItem> sortedItems, java.util.function.Predicate<SoftItem> which) {
        SoftItem found = null;
        for (SoftItem i : sortedItems) {
            if (which.test(i)) {
                found = i;
            }
        }
        return Optional.ofNullable(found);
    }

    private static QualitativeAssessment.Factor none(String factor) {
        return new QualitativeAssessment.Factor(factor, "no evidence", 0);
    }
}
