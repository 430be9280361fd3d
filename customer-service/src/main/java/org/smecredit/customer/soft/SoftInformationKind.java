package org.smecredit.customer.soft;

/** The soft information an SME lender gathers beyond the books. */
public enum SoftInformationKind {
    TAX_PAYMENT, UTILITY_PAYMENT, SOCIAL_INSURANCE_PAYMENT, OWNER_PERSONAL_CREDIT, BANK_ACCOUNT_TURNOVER,
    COURT_JUDGMENT, ADMINISTRATIVE_PENALTY, VISIT_NOTE
}
