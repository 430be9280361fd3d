package org.smecredit.origination.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.smecredit.origination.authority.AuthorityLevel;
import org.smecredit.origination.authority.AuthorityMatrix;
import org.smecredit.origination.limits.ExposureLimits;
import org.smecredit.origination.support.CreditSupportAssessment;

/**
 * The bank's SME credit policy. Pure, so tested without Quarkus.
 *
 * <ol>
 *   <li><b>Knock-outs</b>, all checked and all listed; any → REJECTED:
 *   <ul>
 *     <li>borrower blocked: a loan classified substandard or worse, or defaulted (non-performing, CBIRC/PBOC Order
 *     [2023] No. 1);</li>
 *     <li>rating grade D (in default) or one-year PD above the policy maximum;</li>
 *     <li>borrower on the sanctions list (screening flag);</li>
 *     <li>latest financial statement expired: period end more than the configured months before the business
 *     date;</li>
 *     <li>a loan of the borrower classified special mention (关注, the first class any overdue amount reaches,
 *     Order [2023] No. 1) — no new credit unless a risk manager has overridden the watch;</li>
 *     <li>a concentration limit configured as a hard decline is breached.</li>
 *   </ul></li>
 *   <li><b>Authority</b> ({@link AuthorityMatrix}) by amount, PD and secured share: automatic, branch approver
 *   or head-office committee (two approvals).</li>
 *   <li><b>Referral triggers</b> that take a case out of automatic authority even when the matrix would allow
 *   it: a limit configured as referral is breached; a guarantor inside the borrower's guarantee circle.</li>
 * </ol>
 * Every decision lists its reasons.
 */
public final class CreditPolicy {
    /** Master-scale grade of an obligor in default. */
    public static final String DEFAULT_GRADE = "D";

    private final Limits limits;
    private final AuthorityMatrix matrix;

    public CreditPolicy(Limits limits, AuthorityMatrix matrix) {
        this.limits = Objects.requireNonNull(limits);
        this.matrix = Objects.requireNonNull(matrix);
    }

    /**
     * @param maxPd                  knock-out above this one-year PD (exclusive: a PD equal to it passes)
     * @param statementMaxAgeMonths  a statement whose period ended more than this many months before the business
     *                               date is expired
     */
    public record Limits(BigDecimal maxPd, int statementMaxAgeMonths) {
        public Limits {
            Objects.requireNonNull(maxPd);
        }
    }

    /** What the policy knows of the borrower. {@code statementPeriodEnd} null when no statement is on file. */
    public record Borrower(String grade, BigDecimal pd, boolean blocked, String blockReason, boolean watched,
                           String watchReason, boolean watchOverridden, boolean sanctioned, String sanctionsReason,
                           LocalDate statementPeriodEnd) {

        /** A rated borrower with nothing against it and a statement on file. */
        public static Borrower clean(String grade, BigDecimal pd, LocalDate statementPeriodEnd) {
            return new Borrower(grade, pd, false, null, false, null, false, false, null, statementPeriodEnd);
        }
    }

    /** Everything one decision reads. */
    public record Case(BigDecimal amount, Borrower borrower, CreditSupportAssessment.Result support,
                       ExposureLimits.Result limitCheck, LocalDate businessDate) {
    }

    public enum Outcome { APPROVED, REJECTED, REFERRED }

    /** @param level who approves; null when rejected */
    public record Decision(Outcome outcome, AuthorityLevel level, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public Limits limits() {
        return limits;
    }

    public Decision decide(Case c) {
        Borrower b = c.borrower();
        List<String> knockOuts = new ArrayList<>();
        if (b.blocked()) {
            knockOuts.add("knock-out: borrower blocked for new credit ("
                    + (b.blockReason() == null ? "no reason recorded" : b.blockReason()) + ")");
        }
        if (DEFAULT_GRADE.equals(b.grade())) {
            knockOuts.add("knock-out: rating grade D (borrower in default)");
        }
        if (b.pd().compareTo(limits.maxPd()) > 0) {
            knockOuts.add("knock-out: PD " + b.pd().toPlainString() + " above policy maximum "
                    + limits.maxPd().toPlainString());
        }
        if (b.sanctioned()) {
            knockOuts.add("knock-out: borrower on the sanctions list (" + b.sanctionsReason() + ")");
        }
        if (b.statementPeriodEnd() != null
                && b.statementPeriodEnd().plusMonths(limits.statementMaxAgeMonths()).isBefore(c.businessDate())) {
            knockOuts.add("knock-out: latest financial statement (period end " + b.statementPeriodEnd()
                    + ") expired: older than " + limits.statementMaxAgeMonths() + " months");
        }
        if (b.watched() && !b.watchOverridden()) {
            knockOuts.add("knock-out: no new credit to a borrower classified special mention or worse ("
                    + b.watchReason() + ") without a risk manager's override");
        }
        c.limitCheck().breaches().stream().filter(x -> x.action() == ExposureLimits.Action.DECLINE)
                .forEach(x -> knockOuts.add("knock-out: " + x.reason()));
        if (!knockOuts.isEmpty()) {
            return new Decision(Outcome.REJECTED, null, knockOuts);
        }

        List<String> reasons = new ArrayList<>();
        reasons.add("no knock-out: grade " + b.grade() + ", PD " + b.pd().toPlainString() + " within policy maximum "
                + limits.maxPd().toPlainString());
        if (b.watched()) {
            reasons.add("special mention watch overridden by a risk manager (" + b.watchReason() + ")");
        }
        reasons.addAll(c.support().reasons());
        List<String> referrals = new ArrayList<>();
        c.limitCheck().breaches().stream().filter(x -> x.action() == ExposureLimits.Action.REFER)
                .forEach(x -> referrals.add("referral: " + x.reason()));
        c.limitCheck().reasons().stream().filter(r -> !r.startsWith("limit breach")).forEach(reasons::add);
        if (b.statementPeriodEnd() == null) {
            // the rating itself was made from a statement (rating-service); origination has not received it yet
            reasons.add("no financial statement received by origination yet: expiry not checked, no SME firm-size "
                    + "adjustment in the capital charge");
        } else {
            reasons.add("statement period end " + b.statementPeriodEnd() + " within " + limits.statementMaxAgeMonths()
                    + " months");
        }
        if (c.support().hasGuarantorInCircle()) {
            referrals.add("referral: a guarantor sits in the borrower's guarantee circle");
        }
        AuthorityMatrix.Placement placement = matrix.place(c.amount(), b.pd(), c.support().securedShare());
        reasons.add(placement.reason());
        reasons.addAll(referrals);
        if (placement.level() == AuthorityLevel.AUTOMATIC && referrals.isEmpty()) {
            reasons.add("approved within automatic authority");
            return new Decision(Outcome.APPROVED, AuthorityLevel.AUTOMATIC, reasons);
        }
        AuthorityLevel level = placement.level() == AuthorityLevel.AUTOMATIC ? AuthorityLevel.BRANCH : placement.level();
        reasons.add(level == AuthorityLevel.BRANCH ? "referred to a branch credit approver"
                : "referred to the head-office credit committee (two approvals)");
        return new Decision(Outcome.REFERRED, level, reasons);
    }
}
