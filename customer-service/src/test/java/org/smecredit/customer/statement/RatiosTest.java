package org.smecredit.customer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RatiosTest {
    static FinancialStatement statement(String assets, String liabilities, String equity, String currentAssets,
                                        String currentLiabilities, String revenue, String operatingProfit,
                                        String netProfit, String interest, String cashFlow) {
        FinancialStatement s = new FinancialStatement();
        s.periodEnd = LocalDate.of(2025, 12, 31);
        s.totalAssets = new BigDecimal(assets);
        s.totalLiabilities = new BigDecimal(liabilities);
        s.totalEquity = new BigDecimal(equity);
        s.currentAssets = new BigDecimal(currentAssets);
        s.currentLiabilities = new BigDecimal(currentLiabilities);
        s.revenue = new BigDecimal(revenue);
        s.operatingProfit = new BigDecimal(operatingProfit);
        s.netProfit = new BigDecimal(netProfit);
        s.interestExpense = new BigDecimal(interest);
        s.operatingCashFlow = new BigDecimal(cashFlow);
        return s;
    }

    @Test
    void computesLeverageLiquidityProfitabilityCoverageTurnoverAndGrowth() {
        var now = statement("10000000", "6000000", "4000000", "3000000", "2500000", "15000000", "1200000", "900000",
                "300000", "1100000");
        var before = statement("9000000", "5500000", "3500000", "2800000", "2400000", "12000000", "1000000", "1000000",
                "280000", "900000");
        Ratios r = Ratios.of(now, before);
        assertEquals(new BigDecimal("0.6000"), r.debtToAssets());
        assertEquals(new BigDecimal("1.5000"), r.debtToEquity());
        assertEquals(new BigDecimal("1.2000"), r.currentRatio());
        assertEquals(new BigDecimal("0.0800"), r.operatingMargin());
        assertEquals(new BigDecimal("0.0600"), r.netMargin());
        assertEquals(new BigDecimal("0.0900"), r.returnOnAssets());
        assertEquals(new BigDecimal("0.2250"), r.returnOnEquity());
        assertEquals(new BigDecimal("4.0000"), r.interestCoverage());
        assertEquals(new BigDecimal("0.1833"), r.operatingCashFlowToLiabilities());
        assertEquals(new BigDecimal("1.5000"), r.assetTurnover());
        assertEquals(new BigDecimal("0.2500"), r.revenueGrowth());
        assertEquals(new BigDecimal("-0.1000"), r.netProfitGrowth());
    }

    @Test
    void leavesRatiosWithoutAMeaningfulDenominatorEmpty() {
        var insolvent = statement("1000000", "1200000", "-200000", "0", "0", "0", "-50000", "-80000", "0", "0");
        Ratios r = Ratios.of(insolvent, null);
        assertNull(r.debtToEquity());
        assertNull(r.returnOnEquity());
        assertNull(r.currentRatio());
        assertNull(r.netMargin());
        assertNull(r.interestCoverage());
        assertNull(r.revenueGrowth());
        assertEquals(new BigDecimal("1.2000"), r.debtToAssets());
    }
}
