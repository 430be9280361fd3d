package org.smecredit.origination.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.origination.support.CreditSupportType;
import org.smecredit.platform.problem.Problem;

class ProductTest {
    private static final Product WORKING_CAPITAL = new Product(ProductCode.WORKING_CAPITAL, 1,
            new BigDecimal("100000.00"), new BigDecimal("10000000.00"), 6, 36, new BigDecimal("0.0350"),
            new BigDecimal("0.1200"), List.of(RepaymentType.EQUAL_INSTALLMENT, RepaymentType.EQUAL_PRINCIPAL),
            Set.of(CreditSupportType.MORTGAGE_REAL_ESTATE, CreditSupportType.GUARANTEE_CORPORATE));

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

    @Test
    void acceptsOnlyItsRepaymentTypesAndCreditSupportNamingTheField() {
        List<String> violated = WORKING_CAPITAL.violations(new BigDecimal("500000.00"), 12,
                        RepaymentType.INTEREST_ONLY_BULLET, List.of(CreditSupportType.GUARANTEE_CORPORATE,
                                CreditSupportType.PLEDGE_INTELLECTUAL_PROPERTY))
                .stream().map(Problem.Violation::field).toList();
        assertEquals(List.of("repaymentType", "creditSupport[1].type"), violated);
        assertEquals(RepaymentType.EQUAL_INSTALLMENT, WORKING_CAPITAL.defaultRepaymentType());
    }

    @ParameterizedTest
    @CsvSource({"200000, 100000, 6, 36", "100000, 200000, 36, 6"})
    void refusesInvertedBounds(BigDecimal min, BigDecimal max, int minTerm, int maxTerm) {
        assertThrows(IllegalArgumentException.class, () -> new Product(ProductCode.TERM_LOAN, 1, min, max, minTerm,
                maxTerm, new BigDecimal("0.04"), new BigDecimal("0.12"), List.of(RepaymentType.EQUAL_INSTALLMENT),
                Set.of()));
    }
}
