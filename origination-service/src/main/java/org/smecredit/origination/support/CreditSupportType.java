package org.smecredit.origination.support;

/**
 * The credit support modes of an SME loan ("credit mode innovation"): guarantees, mortgages and pledges. An
 * application without any is unsecured. Each type maps to its Basel II foundation-IRB treatment
 * ({@link FirbClass}), which decides how much of the exposure it secures and at which LGD.
 */
public enum CreditSupportType {
    /** 自然人保证: the owner or another person guarantees. Not an eligible guarantor under Basel II ¶302. */
    GUARANTEE_NATURAL_PERSON(Mode.GUARANTEE, FirbClass.GUARANTEE),
    /** 企业保证: another company guarantees. */
    GUARANTEE_CORPORATE(Mode.GUARANTEE, FirbClass.GUARANTEE),
    /** 融资担保公司保证: a licensed professional financing-guarantee company guarantees. */
    GUARANTEE_PROFESSIONAL_COMPANY(Mode.GUARANTEE, FirbClass.GUARANTEE),
    /** 不动产抵押: commercial or residential real estate (Basel II ¶289 CRE/RRE). */
    MORTGAGE_REAL_ESTATE(Mode.MORTGAGE, FirbClass.REAL_ESTATE),
    /** 设备抵押: machinery and equipment, "other physical collateral" (Basel II ¶289, ¶521-522). */
    MORTGAGE_EQUIPMENT(Mode.MORTGAGE, FirbClass.OTHER_PHYSICAL),
    /** 应收账款质押: pledged receivables (Basel II ¶289, ¶509-520). */
    PLEDGE_RECEIVABLES(Mode.PLEDGE, FirbClass.RECEIVABLES),
    /** 存单质押: pledged cash deposits, financial collateral (comprehensive approach, Basel II ¶147). */
    PLEDGE_DEPOSITS(Mode.PLEDGE, FirbClass.FINANCIAL),
    /** 股权质押: pledged equity; financial collateral at the haircut given (Basel II ¶151: 15 % main index, 25 % other listed). */
    PLEDGE_EQUITY(Mode.PLEDGE, FirbClass.FINANCIAL),
    /** 知识产权质押: patents, trademarks; not eligible collateral under F-IRB (Basel II ¶289), so no LGD relief. */
    PLEDGE_INTELLECTUAL_PROPERTY(Mode.PLEDGE, FirbClass.NOT_ELIGIBLE);

    public enum Mode { GUARANTEE, MORTGAGE, PLEDGE }

    /** The Basel II foundation-IRB treatment of a credit support type. */
    public enum FirbClass { FINANCIAL, RECEIVABLES, REAL_ESTATE, OTHER_PHYSICAL, NOT_ELIGIBLE, GUARANTEE }

    private final Mode mode;
    private final FirbClass firbClass;

    CreditSupportType(Mode mode, FirbClass firbClass) {
        this.mode = mode;
        this.firbClass = firbClass;
    }

    public Mode mode() {
        return mode;
    }

    public FirbClass firbClass() {
        return firbClass;
    }

    public boolean isGuarantee() {
        return mode == Mode.GUARANTEE;
    }
}
