package org.smecredit.origination.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.platform.problem.Problem;

class ProductTest {
    private static final Product WORKING_CAPITAL = new Product(ProductCode.WORKING_CAPITAL, new BigDecimal("100000.00"),
            new BigDecimal("10000000.00"), 6, 36, new BigDecimal("0.0350"), new BigDecimal("0.1200"));

    @ParameterizedTest(name = "{0} CNY over {1} months: {2}")
    @CsvSource({
            "100000.00,   6,  ''",
            "10000000.00, 36, ''",
            "99999.99,    12, amount",
            "10000000.01, 12, amount",
            "500000.00,   5,  termMonths",
            "500000.00,   37, termMonths",
            "1.00,        60, amount termMonths"})
    void acceptsOnlyAmountsAndTermsWithinTheInclusiveBounds(BigDecimal amount, int months, String fields) {
        List<String> violated = WORKING_CAPITAL.violations(amount, months).stream().map(Problem.Violation::field).toList();
        assertEquals(fields.isBlank() ? List.of() : List.of(fields.split(" ")), violated);
    }

    @ParameterizedTest
    @CsvSource({"200000, 100000, 6, 36", "100000, 200000, 36, 6"})
    void refusesInvertedBounds(BigDecimal min, BigDecimal max, int minTerm, int maxTerm) {
        assertThrows(IllegalArgumentException.class, () -> new Product(ProductCode.TERM_LOAN, min, max, minTerm, maxTerm,
                new BigDecimal("0.04"), new BigDecimal("0.12")));
    }
}
