package org.smecredit.origination.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The bank's simple, transparent SME credit policy. Pure, so tested without Quarkus.
 *
 * <ol>
 *   <li><b>Knock-outs</b>, all checked and all listed: the borrower is blocked for new credit (a loan of theirs was
 *   classified substandard or worse, or defaulted — CBIRC/PBOC Order [2023] No. 1); the rating is grade D (in
 *   default); the one-year PD is above the policy maximum. Any knock-out → REJECTED.</li>
 *   <li><b>Automatic authority</b>: amount ≤ the automatic authority <em>and</em> PD ≤ the automatic PD limit
 *   (both inclusive) → APPROVED by the system.</li>
 *   <li>Otherwise → REFERRED to a credit approver (a person, never the submitter).</li>
 * </ol>
 * Every decision lists its reasons.
 */
public final class CreditPolicy {
    /** Master-scale grade of an obligor in default. */
    public static final String DEFAULT_GRADE = "D";

    private final Limits limits;

    public CreditPolicy(Limits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    /**
     * @param maxPd              knock-out above this one-year PD (exclusive: a PD equal to it passes)
     * @param automaticAuthority largest amount (CNY) the system may approve
     * @param autoApprovalMaxPd  largest PD the system may approve
     */
    public record Limits(BigDecimal maxPd, BigDecimal automaticAuthority, BigDecimal autoApprovalMaxPd) {
        public Limits {
            Objects.requireNonNull(maxPd);
            Objects.requireNonNull(automaticAuthority);
            Objects.requireNonNull(autoApprovalMaxPd);
            if (autoApprovalMaxPd.compareTo(maxPd) > 0) {
                throw new IllegalArgumentException("automatic PD limit above the knock-out PD");
            }
        }
    }

    /** What the policy knows of the borrower: its latest rating and whether it is blocked for new credit. */
    public record Borrower(String grade, BigDecimal pd, boolean blocked, String blockReason) {
    }

    public enum Outcome { APPROVED, REJECTED, REFERRED }

    public record Decision(Outcome outcome, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public Limits limits() {
        return limits;
    }

    public Decision decide(BigDecimal amount, Borrower borrower) {
        List<String> knockOuts = new ArrayList<>();
        if (borrower.blocked()) {
            knockOuts.add("knock-out: borrower blocked for new credit ("
                    + (borrower.blockReason() == null ? "no reason recorded" : borrower.blockReason()) + ")");
        }
        if (DEFAULT_GRADE.equals(borrower.grade())) {
            knockOuts.add("knock-out: rating grade D (borrower in default)");
        }
        if (borrower.pd().compareTo(limits.maxPd()) > 0) {
            knockOuts.add("knock-out: PD " + borrower.pd().toPlainString() + " above policy maximum "
                    + limits.maxPd().toPlainString());
        }
        if (!knockOuts.isEmpty()) {
            return new Decision(Outcome.REJECTED, knockOuts);
        }

        List<String> reasons = new ArrayList<>();
        reasons.add("no knock-out: grade " + borrower.grade() + ", PD " + borrower.pd().toPlainString()
                + " within policy maximum " + limits.maxPd().toPlainString());
        boolean amountWithin = amount.compareTo(limits.automaticAuthority()) <= 0;
        boolean pdWithin = borrower.pd().compareTo(limits.autoApprovalMaxPd()) <= 0;
        reasons.add("amount " + amount.toPlainString() + " CNY " + (amountWithin ? "within" : "above")
                + " automatic authority " + limits.automaticAuthority().toPlainString() + " CNY");
        reasons.add("PD " + borrower.pd().toPlainString() + " " + (pdWithin ? "within" : "above")
                + " automatic approval limit " + limits.autoApprovalMaxPd().toPlainString());
        if (amountWithin && pdWithin) {
            return new Decision(Outcome.APPROVED, reasons);
        }
        reasons.add("referred to a credit approver");
        return new Decision(Outcome.REFERRED, reasons);
    }
}
