package org.smecredit.origination.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.product.ProductCode;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

class LoanApplicationTest {
    private static final Actor RM = new Actor("rm.li", Set.of("relationship-manager"), null);
    private static final Actor APPROVER = new Actor("approver.zhao", Set.of("credit-approver"), null);
    private static final PriceBreakdown PRICE = new PriceBreakdown(new BigDecimal("0.0300"), new BigDecimal("0.03"),
            new BigDecimal("0.45"), new BigDecimal("0.0135"), new BigDecimal("0.0050"), new BigDecimal("0.0100"),
            new BigDecimal("0.0585"), new BigDecimal("0.0350"), new BigDecimal("0.1200"), PriceBreakdown.Bound.NONE,
            new BigDecimal("0.0585"), null, null, null, null, null);

    private static LoanApplication submitted() {
        return LoanApplication.submit(UUID.randomUUID(), ProductCode.WORKING_CAPITAL, new BigDecimal("5000000.00"), 24,
                "stock for the peak season", RM, Instant.now());
    }

    private static LoanApplication referred() {
        LoanApplication a = submitted();
        a.awaitRating();
        a.decideAutomatically(CreditPolicy.Outcome.REFERRED, UUID.randomUUID(), "BBB", new BigDecimal("0.03"),
                LocalDate.of(2026, 3, 1), PRICE);
        return a;
    }

    @Test
    void movesFromSubmittedThroughReferralAndApprovalToDisbursed() {
        LoanApplication a = referred();
        assertEquals(LoanApplicationStatus.REFERRED, a.status);
        assertEquals(new BigDecimal("0.0585"), a.annualRate);
        a.approve(APPROVER);
        assertEquals(LoanApplicationStatus.APPROVED, a.status);
        UUID loan = UUID.randomUUID();
        a.disbursed(loan);
        assertEquals(LoanApplicationStatus.DISBURSED, a.status);
        assertEquals(loan, a.loanId);
    }

    @Test
    void theSubmitterNeverApprovesTheirOwnApplication() {
        LoanApplication a = referred();
        Actor sameNameOtherRoles = new Actor("rm.li", Set.of("credit-approver"), null);
        ProblemException e = assertThrows(ProblemException.class, () -> a.approve(sameNameOtherRoles));
        assertEquals(403, e.status());
        assertEquals("https://smecredit.org/problems/maker-checker", e.toProblem(null).type().toString());
        assertEquals(LoanApplicationStatus.REFERRED, a.status);
    }

    @ParameterizedTest
    @EnumSource(value = LoanApplicationStatus.class, names = {"SUBMITTED", "AWAITING_RATING", "APPROVED", "REJECTED", "DISBURSED"})
    void onlyAReferredApplicationIsDecidedByAPerson(LoanApplicationStatus status) {
        LoanApplication a = submitted();
        a.status = status;
        assertEquals(409, assertThrows(ProblemException.class, () -> a.approve(APPROVER)).status());
        assertEquals(409, assertThrows(ProblemException.class, a::reject).status());
        assertEquals(status, a.status);
    }

    @ParameterizedTest
    @EnumSource(value = LoanApplicationStatus.class, names = {"REFERRED", "APPROVED", "REJECTED", "DISBURSED"})
    void aDecidedApplicationIsNeverDecidedAutomaticallyAgain(LoanApplicationStatus status) {
        LoanApplication a = submitted();
        a.status = status;
        ProblemException e = assertThrows(ProblemException.class, () -> a.decideAutomatically(
                CreditPolicy.Outcome.APPROVED, UUID.randomUUID(), "A", new BigDecimal("0.01"), LocalDate.now(), PRICE));
        assertEquals("https://smecredit.org/problems/illegal-transition", e.toProblem(null).type().toString());
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "SUBMITTED, AWAITING_RATING, true",
            "SUBMITTED, APPROVED, true",
            "SUBMITTED, DISBURSED, false",
            "AWAITING_RATING, REFERRED, true",
            "AWAITING_RATING, DISBURSED, false",
            "AWAITING_RATING, AWAITING_RATING, false",
            "REFERRED, APPROVED, true",
            "REFERRED, REJECTED, true",
            "REFERRED, DISBURSED, false",
            "APPROVED, DISBURSED, true",
            "APPROVED, REJECTED, false",
            "REJECTED, APPROVED, false",
            "DISBURSED, APPROVED, false"})
    void allowsOnlyTheDesignedTransitions(LoanApplicationStatus from, LoanApplicationStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void disbursingNeedsAnApproval() {
        LoanApplication a = referred();
        assertEquals(409, assertThrows(ProblemException.class, () -> a.disbursed(UUID.randomUUID())).status());
    }
}
