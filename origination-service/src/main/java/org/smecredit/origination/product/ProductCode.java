package org.smecredit.origination.product;

/** The credit products origination offers. */
public enum ProductCode {
    /** 流动资金贷款: finances the operating cycle (stock, receivables). */
    WORKING_CAPITAL,
    /** 固定资产贷款: finances equipment or premises, repaid over a longer term. */
    TERM_LOAN,
    /** 循环贷款额度: a revolving credit line drawn and repaid within a limit. */
    REVOLVING_LINE,
    /** 应收账款融资: invoice (receivables) financing, repaid when the buyers pay. */
    INVOICE_FINANCING
}
