package org.smecredit.customer.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementRulesTest {

    @ParameterizedTest(name = "assets {0} = liabilities {1} + equity {2} -> {3}")
    @CsvSource({
            // exact identity
            "1000000.00, 600000.00, 400000.00, ''",
            // within 1 CNY absolute tolerance
            "1000.00, 600.00, 399.00, ''",
            // 100.00 gap on 1,000,000: exactly the 0.01 % relative tolerance
            "1000000.00, 600000.00, 399900.00, ''",
            // 100.01 gap: just beyond it
            "1000000.00, 600000.00, 399899.99, totalAssets",
            // negative equity is allowed when the identity holds
            "500000.00, 800000.00, -300000.00, ''"
    })
    void checksAssetsEqualLiabilitiesPlusEquity(String assets, String liabilities, String equity, String field) {
        var s = statement(new BigDecimal(assets), new BigDecimal(liabilities), new BigDecimal(equity),
                BigDecimal.ZERO, BigDecimal.ZERO);
        var v = StatementRules.violations(s);
        assertEquals(field, v.isEmpty() ? "" : v.get(0).field());
    }

    @ParameterizedTest
    @CsvSource({"1000.01, 0, currentAssets", "0, 600.01, currentLiabilities"})
    void currentItemsCannotExceedTotals(String currentAssets, String currentLiabilities, String field) {
        var s = statement(new BigDecimal("1000.00"), new BigDecimal("600.00"), new BigDecimal("400.00"),
                new BigDecimal(currentAssets), new BigDecimal(currentLiabilities));
        assertEquals(field, StatementRules.violations(s).get(0).field());
    }

    static FileStatementRequest statement(BigDecimal assets, BigDecimal liabilities, BigDecimal equity,
                                          BigDecimal currentAssets, BigDecimal currentLiabilities) {
        return new FileStatementRequest(LocalDate.of(2025, 12, 31), true, "CNY", assets, liabilities, equity,
                currentAssets, currentLiabilities, new BigDecimal("2000000.00"), new BigDecimal("150000.00"),
                new BigDecimal("100000.00"), new BigDecimal("20000.00"), new BigDecimal("120000.00"));
    }
}
