package org.smecredit.collections.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smecredit.collections.cases.CaseOutcome;
import org.smecredit.collections.strategy.DisposalOption;

class RecoveryReportTest {
    private static final LocalDate OPENED = LocalDate.of(2027, 1, 1);

    private static RecoveryReport.ClosedCase closed(DisposalOption s, CaseOutcome o, String ead, String recovered,
                                                    int days) {
        return new RecoveryReport.ClosedCase(s, o, new BigDecimal(ead), new BigDecimal(recovered), OPENED,
                OPENED.plusDays(days));
    }

    @Test
    void groupsRecoveryRateAndTimeByStrategyAndSplitsCuredFromLiquidated() {
        RecoveryReport.Report r = RecoveryReport.of(List.of(
                // restructured, repaid in full: cured
                closed(DisposalOption.RESTRUCTURING, CaseOutcome.REPAID_IN_FULL, "1000000.00", "1000000.00", 400),
                // restructured, re-defaulted, written off with a late recovery: liquidated
                closed(DisposalOption.RESTRUCTURING, CaseOutcome.WRITTEN_OFF, "500000.00", "100000.00", 600),
                // enforcement repaid the exposure in full: still liquidated, not cured
                closed(DisposalOption.COLLATERAL_ENFORCEMENT, CaseOutcome.REPAID_IN_FULL, "800000.00", "800000.00", 540),
                // settled without a strategy: other
                closed(null, CaseOutcome.SETTLED, "200000.00", "150000.00", 90)));

        assertEquals(4, r.closedCases());
        assertEquals(1, r.cured());
        assertEquals(2, r.liquidated());
        assertEquals(1, r.other());
        assertEquals(new BigDecimal("0.2500"), r.curedShare());
        assertEquals(new BigDecimal("0.5000"), r.liquidatedShare());
        // 2,050,000 / 2,500,000
        assertEquals(new BigDecimal("0.8200"), r.recoveryRate());

        RecoveryReport.Row restructuring = r.byStrategy().get(0);
        assertEquals("RESTRUCTURING", restructuring.strategy());
        assertEquals(2, restructuring.cases());
        // 1,100,000 / 1,500,000 = 0.73333… → 0.7333; (400 + 600) / 2 days
        assertEquals(new BigDecimal("0.7333"), restructuring.recoveryRate());
        assertEquals(new BigDecimal("500.0"), restructuring.averageDaysToClose());
        assertEquals("COLLATERAL_ENFORCEMENT", r.byStrategy().get(1).strategy());
        assertEquals(RecoveryReport.NO_STRATEGY, r.byStrategy().get(2).strategy());
        assertEquals(new BigDecimal("0.7500"), r.byStrategy().get(2).recoveryRate());
    }

    @Test
    void groupsByMainCollateralTypeAndByCollector() {
        RecoveryReport.Report r = RecoveryReport.of(List.of(
                new RecoveryReport.ClosedCase(DisposalOption.COLLATERAL_ENFORCEMENT, CaseOutcome.SETTLED,
                        new BigDecimal("800000.00"), new BigDecimal("600000.00"), OPENED, OPENED.plusDays(300),
                        "REAL_ESTATE", "col.sun.li"),
                new RecoveryReport.ClosedCase(DisposalOption.COLLATERAL_ENFORCEMENT, CaseOutcome.WRITTEN_OFF,
                        new BigDecimal("400000.00"), new BigDecimal("100000.00"), OPENED, OPENED.plusDays(200),
                        "REAL_ESTATE", "col.wang.fang"),
                new RecoveryReport.ClosedCase(DisposalOption.RESTRUCTURING, CaseOutcome.REPAID_IN_FULL,
                        new BigDecimal("300000.00"), new BigDecimal("300000.00"), OPENED, OPENED.plusDays(400),
                        null, "col.sun.li"),
                new RecoveryReport.ClosedCase(null, CaseOutcome.SETTLED,
                        new BigDecimal("100000.00"), new BigDecimal("50000.00"), OPENED, OPENED.plusDays(100),
                        "EQUIPMENT", null)));

        // keys in alphabetical order; cases without collateral under NONE, without a collector under UNASSIGNED
        assertEquals(List.of("EQUIPMENT", "NONE", "REAL_ESTATE"),
                r.byCollateralType().stream().map(RecoveryReport.GroupRow::group).toList());
        RecoveryReport.GroupRow realEstate = r.byCollateralType().get(2);
        assertEquals(2, realEstate.cases());
        // 700,000 / 1,200,000 = 0.58333… → 0.5833; (300 + 200) / 2 days
        assertEquals(new BigDecimal("0.5833"), realEstate.recoveryRate());
        assertEquals(new BigDecimal("250.0"), realEstate.averageDaysToClose());

        assertEquals(List.of("UNASSIGNED", "col.sun.li", "col.wang.fang"),
                r.byOfficer().stream().map(RecoveryReport.GroupRow::group).toList());
        RecoveryReport.GroupRow sun = r.byOfficer().get(1);
        // 900,000 / 1,100,000 = 0.81818… → 0.8182; (300 + 400) / 2
        assertEquals(new BigDecimal("0.8182"), sun.recoveryRate());
        assertEquals(new BigDecimal("350.0"), sun.averageDaysToClose());
        assertEquals(new BigDecimal("0.2500"), r.byOfficer().get(2).recoveryRate());
    }

    @Test
    void anEmptyPeriodHasNoShares() {
        RecoveryReport.Report r = RecoveryReport.of(List.of());
        assertEquals(0, r.closedCases());
        assertNull(r.curedShare());
        assertNull(r.recoveryRate());
        assertEquals(List.of(), r.byStrategy());
    }
}
