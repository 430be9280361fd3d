package org.smecredit.origination.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditPolicyTest {
    private static final CreditPolicy POLICY = new CreditPolicy(new CreditPolicy.Limits(
            new BigDecimal("0.0600"), new BigDecimal("3000000.00"), new BigDecimal("0.0250")));

    private static CreditPolicy.Borrower rated(String grade, String pd) {
        return new CreditPolicy.Borrower(grade, new BigDecimal(pd), false, null);
    }

    @ParameterizedTest(name = "{0} CNY, PD {1} → {2}")
    @CsvSource({
            // automatic authority: both limits inclusive
            "3000000.00, 0.0250, APPROVED",
            "2999999.99, 0.0249, APPROVED",
            "100000.00,  0.0003, APPROVED",
            "3000000.01, 0.0250, REFERRED",
            "3000000.00, 0.0251, REFERRED",
            "9000000.00, 0.0400, REFERRED",
            // knock-out PD: 0.06 itself passes, above is rejected whatever the amount
            "3000000.01, 0.0600, REFERRED",
            "100000.00,  0.0601, REJECTED",
            "9000000.00, 0.2000, REJECTED"})
    void decidesByKnockOutThenAutomaticAuthority(BigDecimal amount, String pd, CreditPolicy.Outcome outcome) {
        CreditPolicy.Decision d = POLICY.decide(amount, rated("BBB", pd));
        assertEquals(outcome, d.outcome());
        assertFalse(d.reasons().isEmpty(), "every decision lists its reasons");
    }

    @Test
    void rejectsABlockedBorrowerEvenWhenItWouldBeApprovedNamingTheBlock() {
        var d = POLICY.decide(new BigDecimal("500000.00"),
                new CreditPolicy.Borrower("A", new BigDecimal("0.0050"), true, "loan 42 classified SUBSTANDARD"));
        assertEquals(CreditPolicy.Outcome.REJECTED, d.outcome());
        assertEquals(1, d.reasons().size());
        assertTrue(d.reasons().get(0).contains("blocked for new credit"));
        assertTrue(d.reasons().get(0).contains("loan 42 classified SUBSTANDARD"));
    }

    @Test
    void rejectsTooHighAPdNamingPdAndMaximum() {
        var d = POLICY.decide(new BigDecimal("500000.00"), rated("B", "0.0800"));
        assertEquals(CreditPolicy.Outcome.REJECTED, d.outcome());
        assertEquals(1, d.reasons().size());
        assertTrue(d.reasons().get(0).contains("PD 0.0800 above policy maximum 0.0600"), d.reasons().get(0));
    }

    @Test
    void rejectsADefaultedBorrowerGradeD() {
        var d = POLICY.decide(new BigDecimal("500000.00"), rated("D", "0.0500"));
        assertEquals(CreditPolicy.Outcome.REJECTED, d.outcome());
        assertTrue(d.reasons().get(0).contains("grade D"));
    }

    @Test
    void listsEveryKnockOutThatApplies() {
        var d = POLICY.decide(new BigDecimal("500000.00"),
                new CreditPolicy.Borrower("D", BigDecimal.ONE, true, "loan 7 defaulted"));
        assertEquals(CreditPolicy.Outcome.REJECTED, d.outcome());
        assertEquals(3, d.reasons().size());
    }

    @Test
    void explainsWhichAuthorityLimitAReferralExceeds() {
        var d = POLICY.decide(new BigDecimal("5000000.00"), rated("BBB", "0.0100"));
        assertEquals(CreditPolicy.Outcome.REFERRED, d.outcome());
        assertTrue(d.reasons().stream().anyMatch(r -> r.equals("amount 5000000.00 CNY above automatic authority 3000000.00 CNY")),
                d.reasons().toString());
        assertTrue(d.reasons().stream().anyMatch(r -> r.equals("PD 0.0100 within automatic approval limit 0.0250")),
                d.reasons().toString());
    }

    @Test
    void refusesAnAutomaticPdLimitAboveTheKnockOut() {
        assertThrows(IllegalArgumentException.class, () -> new CreditPolicy.Limits(
                new BigDecimal("0.02"), new BigDecimal("1000000"), new BigDecimal("0.03")));
    }
}
