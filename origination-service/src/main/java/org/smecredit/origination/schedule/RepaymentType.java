package org.smecredit.origination.schedule;

/** How a loan is repaid. */
public enum RepaymentType {
    /** 等额本息: level monthly payment (annuity). */
    EQUAL_INSTALLMENT,
    /** 等额本金: equal principal every month, interest on the outstanding, so payments fall. */
    EQUAL_PRINCIPAL,
    /** 按月付息、到期还本: monthly interest, the whole principal at maturity. */
    INTEREST_ONLY_BULLET,
    /**
     * Revolving line: interest monthly on the amount drawn, drawn principal due at the line's expiry. The schedule
     * is that of the drawdown made at booking (the amount applied for); later drawdowns and repayments within the
     * limit are core banking's.
     */
    LINE_DRAWDOWN
}
