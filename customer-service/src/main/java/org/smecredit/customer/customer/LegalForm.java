package org.smecredit.customer.customer;

/** Legal form on the business licence (公司法 / 合伙企业法 / 个人独资企业法 categories). */
public enum LegalForm {
    LIMITED_LIABILITY_COMPANY, JOINT_STOCK_COMPANY, SOLE_PROPRIETORSHIP, PARTNERSHIP, INDIVIDUAL_BUSINESS,
    FARMERS_COOPERATIVE, STATE_OWNED_ENTERPRISE, COLLECTIVE_ENTERPRISE, OTHER
}
