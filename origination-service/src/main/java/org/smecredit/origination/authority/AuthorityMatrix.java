package org.smecredit.origination.authority;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The delegated lending authority, by amount, grade (through the one-year PD) and secured share. Pure.
 *
 * <pre>
 *                         PD ≤ low-risk PD                       low-risk PD &lt; PD ≤ policy maximum
 *                   secured share &lt; S    share ≥ S             secured share &lt; S    share ≥ S
 * AUTOMATIC         amount ≤ A1          amount ≤ A2              —                    —
 * BRANCH            amount ≤ B1          amount ≤ B2              amount ≤ B3          amount ≤ B4
 * HEAD OFFICE       above                above                    above                above
 * </pre>
 * Amounts are inclusive. The defaults (A1 3,000,000; A2 5,000,000; B1 5,000,000; B2 8,000,000; B3 2,000,000;
 * B4 3,000,000 CNY; low-risk PD 2.5 %; S 50 %) are the bank's delegation, configuration not regulation.
 */
public final class AuthorityMatrix {

    /** One column of the matrix: the automatic and the branch limits for a risk band and a collateral band. */
    public record Cell(BigDecimal automatic, BigDecimal branch) {
        public Cell {
            Objects.requireNonNull(branch);
        }
    }

    private final BigDecimal lowRiskMaxPd;
    private final BigDecimal securedShareThreshold;
    private final Cell lowRiskUnsecured;
    private final Cell lowRiskSecured;
    private final Cell higherRiskUnsecured;
    private final Cell higherRiskSecured;

    public AuthorityMatrix(BigDecimal lowRiskMaxPd, BigDecimal securedShareThreshold, Cell lowRiskUnsecured,
                           Cell lowRiskSecured, Cell higherRiskUnsecured, Cell higherRiskSecured) {
        this.lowRiskMaxPd = Objects.requireNonNull(lowRiskMaxPd);
        this.securedShareThreshold = Objects.requireNonNull(securedShareThreshold);
        this.lowRiskUnsecured = lowRiskUnsecured;
        this.lowRiskSecured = lowRiskSecured;
        this.higherRiskUnsecured = higherRiskUnsecured;
        this.higherRiskSecured = higherRiskSecured;
    }

    public record Placement(AuthorityLevel level, String reason) {
    }

    public Placement place(BigDecimal amount, BigDecimal pd, BigDecimal securedShare) {
        boolean lowRisk = pd.compareTo(lowRiskMaxPd) <= 0;
        boolean secured = securedShare.compareTo(securedShareThreshold) >= 0;
        Cell cell = lowRisk ? (secured ? lowRiskSecured : lowRiskUnsecured)
                : (secured ? higherRiskSecured : higherRiskUnsecured);
        String band = (lowRisk ? "PD " + pd.toPlainString() + " ≤ " + lowRiskMaxPd.toPlainString()
                : "PD " + pd.toPlainString() + " > " + lowRiskMaxPd.toPlainString())
                + ", secured share " + securedShare.toPlainString() + (secured ? " ≥ " : " < ")
                + securedShareThreshold.toPlainString();
        AuthorityLevel level;
        String limit;
        if (cell.automatic() != null && amount.compareTo(cell.automatic()) <= 0) {
            level = AuthorityLevel.AUTOMATIC;
            limit = "within automatic authority " + cell.automatic().toPlainString() + " CNY";
        } else if (amount.compareTo(cell.branch()) <= 0) {
            level = AuthorityLevel.BRANCH;
            limit = (cell.automatic() == null ? "no automatic authority in this band; "
                    : "above automatic authority " + cell.automatic().toPlainString() + " CNY; ")
                    + "within branch authority " + cell.branch().toPlainString() + " CNY";
        } else {
            level = AuthorityLevel.HEAD_OFFICE_COMMITTEE;
            limit = "above branch authority " + cell.branch().toPlainString()
                    + " CNY: head-office credit committee, two approvals";
        }
        return new Placement(level, "authority: amount " + amount.toPlainString() + " CNY " + limit + " (" + band + ")");
    }
}
