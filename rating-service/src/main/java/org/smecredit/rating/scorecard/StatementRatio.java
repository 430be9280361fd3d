package org.smecredit.rating.scorecard;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The ratios of the Polish bankruptcy data set (UCI 365; README of {@code shared/datasets/polish-bankruptcy}) that
 * the product can compute from the statement line items customer-service holds, with the mapping. These are the
 * only candidates the training command may use, so that a rating in production means what the validation measured.
 *
 * <p>A zero denominator makes the ratio undefined: in production it falls in the factor's missing bin, like a
 * {@code ?} in the data set (where missing cells come from undefined ratios).
 *
 * <p>Approximations, stated: the data set's "short-term liabilities" are our current liabilities; "sales" our
 * revenue; "profit on operating activities" our operating profit; "financial expenses" our interest expense
 * (financial expenses also hold FX and other finance costs, so our coverage reads slightly better); "working
 * capital" = current assets − current liabilities; "book value of equity" / "equity" our total equity.
 */
public enum StatementRatio {
    NET_PROFIT_TO_TOTAL_ASSETS("Attr1", "netProfit / totalAssets", l -> div(l.netProfit(), l.totalAssets())),
    TOTAL_LIABILITIES_TO_TOTAL_ASSETS("Attr2", "totalLiabilities / totalAssets",
            l -> div(l.totalLiabilities(), l.totalAssets())),
    WORKING_CAPITAL_TO_TOTAL_ASSETS("Attr3", "(currentAssets - currentLiabilities) / totalAssets",
            l -> div(l.currentAssets() - l.currentLiabilities(), l.totalAssets())),
    CURRENT_RATIO("Attr4", "currentAssets / currentLiabilities", l -> div(l.currentAssets(), l.currentLiabilities())),
    EQUITY_TO_TOTAL_LIABILITIES("Attr8", "totalEquity / totalLiabilities",
            l -> div(l.totalEquity(), l.totalLiabilities())),
    REVENUE_TO_TOTAL_ASSETS("Attr9", "revenue / totalAssets", l -> div(l.revenue(), l.totalAssets())),
    EQUITY_TO_TOTAL_ASSETS("Attr10", "totalEquity / totalAssets", l -> div(l.totalEquity(), l.totalAssets())),
    OPERATING_PROFIT_TO_TOTAL_ASSETS("Attr22", "operatingProfit / totalAssets",
            l -> div(l.operatingProfit(), l.totalAssets())),
    NET_MARGIN("Attr23", "netProfit / revenue", l -> div(l.netProfit(), l.revenue())),
    /**
     * In the data set a {@code ?} here (311 rows of 7,027, 39 % bankrupt) means financial expenses of zero or not
     * reported; that default rate reflects the data's reporting, not the risk of a debt-free SME, so the missing bin
     * is held neutral (WoE 0) instead of learned.
     */
    INTEREST_COVERAGE("Attr27", "operatingProfit / interestExpense",
            l -> div(l.operatingProfit(), l.interestExpense()), false),
    OPERATING_MARGIN("Attr42", "operatingProfit / revenue", l -> div(l.operatingProfit(), l.revenue())),
    CURRENT_ASSETS_TO_TOTAL_LIABILITIES("Attr50", "currentAssets / totalLiabilities",
            l -> div(l.currentAssets(), l.totalLiabilities())),
    CURRENT_LIABILITIES_TO_TOTAL_ASSETS("Attr51", "currentLiabilities / totalAssets",
            l -> div(l.currentLiabilities(), l.totalAssets())),
    REVENUE_TO_CURRENT_LIABILITIES("Attr63", "revenue / currentLiabilities",
            l -> div(l.revenue(), l.currentLiabilities()));

    private final String attribute;
    private final String formula;
    private final ToDoubleFunction<LineItems> ratio;
    private final boolean learnMissing;

    StatementRatio(String attribute, String formula, ToDoubleFunction<LineItems> ratio) {
        this(attribute, formula, ratio, true);
    }

    StatementRatio(String attribute, String formula, ToDoubleFunction<LineItems> ratio, boolean learnMissing) {
        this.attribute = attribute;
        this.formula = formula;
        this.ratio = ratio;
        this.learnMissing = learnMissing;
    }

    /** Whether the missing bin's weight of evidence may be learned from the data (else it is held neutral, 0). */
    public boolean learnMissing() {
        return learnMissing;
    }

    public String attribute() {
        return attribute;
    }

    public String formula() {
        return formula;
    }

    /** The ratio of these line items; NaN when the denominator is zero. */
    public double of(LineItems items) {
        return ratio.applyAsDouble(items);
    }

    public static Optional<StatementRatio> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    private static double div(double numerator, double denominator) {
        return denominator == 0.0 ? Double.NaN : numerator / denominator;
    }
}
