package org.smecredit.collections.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.collections.cases.DiscountedLgd.CashFlow;
import org.smecredit.collections.cases.DiscountedLgd.FlowKind;

/** Hand-computed: LGD = 1 − (PV(recoveries) − PV(costs)) / EAD, PV at (1 + r)^(−days/365) from the default date. */
class DiscountedLgdTest {
    private static final LocalDate DEFAULT = LocalDate.of(2027, 1, 1);

    @ParameterizedTest(name = "EAD {0}, r {1}, recoveries {2}, costs {3} -> PV {4} / {5}, LGD {6}")
    @CsvSource(delimiter = ';', value = {
            // 550,000 a year (365 days) after the default at 10 %: PV 500,000; costs 11,000 then: PV 10,000
            // LGD = 1 − (500,000 − 10,000) / 1,000,000 = 0.51 (undiscounted, cost-free it would read 0.45)
            "1000000.00; 0.10; 550000.00@365; 11000.00@365; 500000.00; 10000.00; 0.5100",
            // on the default date nothing is discounted: 1 − 300,000 / 1,000,000
            "1000000.00; 0.10; 300000.00@0; ; 300000.00; 0.00; 0.7000",
            // two years at 10 %: 1,100,000 / 1.21 = 909,090.91; LGD 0.0909
            "1000000.00; 0.10; 1100000.00@730; ; 909090.91; 0.00; 0.0909",
            // 720,000 after 180 days at 6 %: 720,000 × 1.06^(−180/365) = 699,604.98; costs 15,000 at 30 days
            // (14,928.33) and 21,600 at 180 days (20,988.15); LGD 1 − 663,688.50 / 1,010,912.50 = 0.3435
            "1010912.50; 0.06; 720000.00@180; 15000.00@30,21600.00@180; 699604.98; 35916.48; 0.3435",
            // no discounting at a 0 % rate: recoveries less costs
            "1000000.00; 0; 600000.00@400; 20000.00@10; 600000.00; 20000.00; 0.4200",
            // costs beyond recoveries: a loss of more than the exposure, reported as 1
            "1000000.00; 0.05; ; 50000.00@0; 0.00; 50000.00; 1.0000",
            // over-recovery (penalty interest) floors at 0
            "1000000.00; 0.05; 1200000.00@0; ; 1200000.00; 0.00; 0.0000",
            // money value-dated before the default is not discounted up
            "1000000.00; 0.10; 100000.00@-5; ; 100000.00; 0.00; 0.9000"
    })
    void discountsRecoveriesAndCostsToTheDefaultDate(String ead, String rate, String recoveries, String costs,
                                                     String pvRecoveries, String pvCosts, String lgd) {
        List<CashFlow> flows = new ArrayList<>();
        add(flows, recoveries, FlowKind.RECOVERY);
        add(flows, costs, FlowKind.COST);
        var result = DiscountedLgd.of(new BigDecimal(ead), DEFAULT, new BigDecimal(rate), flows);
        assertEquals(new BigDecimal(pvRecoveries), result.presentValueOfRecoveries());
        assertEquals(new BigDecimal(pvCosts), result.presentValueOfCosts());
        assertEquals(new BigDecimal(lgd), result.lgd());
    }

    private static void add(List<CashFlow> flows, String spec, FlowKind kind) {
        if (spec == null || spec.isBlank()) {
            return;
        }
        for (String f : spec.split(",")) {
            String[] parts = f.strip().split("@");
            flows.add(new CashFlow(DEFAULT.plusDays(Long.parseLong(parts[1])), new BigDecimal(parts[0]), kind));
        }
    }
}
