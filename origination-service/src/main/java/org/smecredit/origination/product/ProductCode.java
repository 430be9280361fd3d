package org.smecredit.origination.product;

/** The credit products origination offers today. */
public enum ProductCode {
    /** 流动资金贷款: finances the operating cycle (stock, receivables). */
    WORKING_CAPITAL,
    /** 固定资产贷款: finances equipment or premises, repaid over a longer term. */
    TERM_LOAN
}
