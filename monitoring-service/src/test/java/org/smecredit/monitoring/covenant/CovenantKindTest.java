package org.smecredit.monitoring.covenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.monitoring.customer.FinancialStatement;

class CovenantKindTest {

    static FinancialStatement statement(String liabilities, String equity, String currentAssets, String currentLiabilities,
                                        String operatingProfit, String interest) {
        FinancialStatement s = new FinancialStatement();
        s.totalLiabilities = liabilities == null ? null : new BigDecimal(liabilities);
        s.totalEquity = equity == null ? null : new BigDecimal(equity);
        s.currentAssets = currentAssets == null ? null : new BigDecimal(currentAssets);
        s.currentLiabilities = currentLiabilities == null ? null : new BigDecimal(currentLiabilities);
        s.operatingProfit = operatingProfit == null ? null : new BigDecimal(operatingProfit);
        s.interestExpense = interest == null ? null : new BigDecimal(interest);
        return s;
    }

    @ParameterizedTest(name = "{0} limit {2}: measured {3}, breached {4}")
    @CsvSource({
            // debt/equity is a maximum: equal is kept, above breaches
            "DEBT_TO_EQUITY, '2500000.00,1000000.00,,,,', 2.5, 2.500000, false",
            "DEBT_TO_EQUITY, '2500001.00,1000000.00,,,,', 2.5, 2.500001, true",
            // current ratio, interest cover and net worth are minimums: equal is kept, below breaches
            "CURRENT_RATIO, ',,1200000.00,1000000.00,,', 1.2, 1.200000, false",
            "CURRENT_RATIO, ',,1199999.00,1000000.00,,', 1.2, 1.199999, true",
            "INTEREST_COVER, ',,,,300000.00,100000.00', 3, 3.000000, false",
            "INTEREST_COVER, ',,,,-50000.00,100000.00', 3, -0.500000, true",
            "MIN_NET_WORTH, ',4999999.99,,,,', 5000000.00, 4999999.99, true",
            "MIN_NET_WORTH, ',5000000.00,,,,', 5000000.00, 5000000.00, false",
    })
    void testsEachCovenantAtItsLimit(CovenantKind kind, String figures, String limit, String measured, boolean breached) {
        String[] f = (figures + ",x").split(",", -1);
        FinancialStatement s = statement(blank(f[0]), blank(f[1]), blank(f[2]), blank(f[3]), blank(f[4]), blank(f[5]));
        CovenantKind.Test t = kind.test(s, new BigDecimal(limit));
        assertEquals(new BigDecimal(measured), t.measured());
        assertEquals(breached, t.breached());
    }

    @Test
    void negativeEquityBreachesDebtToEquityWhateverTheLimit() {
        CovenantKind.Test t = CovenantKind.DEBT_TO_EQUITY.test(statement("100.00", "-1.00", null, null, null, null),
                new BigDecimal("100"));
        assertTrue(t.breached());
        assertNull(t.measured());
    }

    @Test
    void aStatementWithoutTheFiguresIsNotJudged() {
        assertNull(CovenantKind.DEBT_TO_EQUITY.test(statement(null, "1.00", null, null, null, null), BigDecimal.ONE));
        assertNull(CovenantKind.CURRENT_RATIO.test(statement(null, null, "1.00", "0.00", null, null), BigDecimal.ONE));
        // no interest to cover: nothing to test
        assertNull(CovenantKind.INTEREST_COVER.test(statement(null, null, null, null, "1.00", "0.00"), BigDecimal.ONE));
        assertNull(CovenantKind.MIN_NET_WORTH.test(statement(null, null, null, null, null, null), BigDecimal.ONE));
        // net worth limits are CNY: a statement in another currency is not compared
        FinancialStatement usd = statement(null, "1.00", null, null, null, null);
        usd.currency = "USD";
        assertNull(CovenantKind.MIN_NET_WORTH.test(usd, new BigDecimal("100.00")));
        usd.currency = "CNY";
        assertTrue(CovenantKind.MIN_NET_WORTH.test(usd, new BigDecimal("100.00")).breached());
        assertFalse(CovenantKind.CURRENT_RATIO.maximum);
        assertTrue(CovenantKind.DEBT_TO_EQUITY.maximum);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() || "x".equals(s) ? null : s;
    }
}
