package org.smecredit.origination.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.smecredit.origination.decision.CreditPolicy;
import org.smecredit.origination.pricing.PriceBreakdown;
import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.platform.problem.Problem;
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
        a.startReview();
        a.decideAutomatically(CreditPolicy.Outcome.REFERRED, UUID.randomUUID(), "BBB", new BigDecimal("0.03"),
                LocalDate.of(2026, 3, 1), PRICE);
        return a;
    }

    private static LoanApplication approved() {
        LoanApplication a = referred();
        a.approve(APPROVER);
        a.offerUntil(LocalDate.of(2026, 12, 31));
        return a;
    }

    @Test
    void movesFromDraftThroughReferralApprovalAcceptanceToDisbursed() {
        LoanApplication a = LoanApplication.draft(UUID.randomUUID(), ProductCode.WORKING_CAPITAL, 1,
                RepaymentType.EQUAL_INSTALLMENT, new BigDecimal("5000000.00"), 24, "stock", RM, Instant.now());
        assertEquals(LoanApplicationStatus.DRAFT, a.status);
        assertNull(a.submittedAt);
        a.edit(ProductCode.TERM_LOAN, 1, RepaymentType.EQUAL_PRINCIPAL, new BigDecimal("4000000.00"), 36, "machines");
        a.submit(RM, Instant.now());
        assertEquals(LoanApplicationStatus.SUBMITTED, a.status);
        assertEquals("rm.li", a.submittedBy);
        a.startReview();
        assertEquals(LoanApplicationStatus.UNDER_REVIEW, a.status);
        a.decideAutomatically(CreditPolicy.Outcome.REFERRED, UUID.randomUUID(), "BBB", new BigDecimal("0.03"),
                LocalDate.of(2026, 3, 1), PRICE);
        assertEquals(LoanApplicationStatus.REFERRED, a.status);
        assertEquals(new BigDecimal("0.0585"), a.annualRate);
        assertEquals(1, a.priceVersion);
        a.approve(APPROVER);
        assertEquals(LoanApplicationStatus.APPROVED, a.status);
        a.offerUntil(LocalDate.of(2026, 4, 1));
        a.accept(RM, 1, LocalDate.of(2026, 4, 1), Instant.now());
        assertEquals(LoanApplicationStatus.CONTRACTED, a.status);
        assertEquals("rm.li", a.acceptedBy);
        assertEquals(1, a.acceptedPriceVersion);
        UUID loan = UUID.randomUUID();
        a.contracted(loan);
        a.disburse();
        assertEquals(LoanApplicationStatus.DISBURSED, a.status);
        assertEquals(loan, a.loanId);
    }

    @Test
    void onlyADraftIsEdited() {
        LoanApplication a = submitted();
        ProblemException e = assertThrows(ProblemException.class, () -> a.edit(ProductCode.TERM_LOAN, 1,
                RepaymentType.EQUAL_INSTALLMENT, new BigDecimal("100000.00"), 12, "x"));
        assertEquals(409, e.status());
        assertEquals(ProductCode.WORKING_CAPITAL, a.productCode);
    }

    @Test
    void anOfferIsNotAcceptedAfterItsLastDay() {
        LoanApplication a = approved();
        ProblemException e = assertThrows(ProblemException.class,
                () -> a.accept(RM, 1, LocalDate.of(2027, 1, 1), Instant.now()));
        assertEquals(409, e.status());
        assertEquals("https://smecredit.org/problems/offer-expired", e.toProblem(null).type().toString());
        assertEquals(LoanApplicationStatus.APPROVED, a.status);
        a.accept(RM, 1, LocalDate.of(2026, 12, 31), Instant.now());
        assertEquals(LoanApplicationStatus.CONTRACTED, a.status);
    }

    @Test
    void aRepricedOfferIsAcceptedOnlyAtItsCurrentPriceVersion() {
        LoanApplication a = approved();
        a.reprice(UUID.randomUUID(), "BB", new BigDecimal("0.04"), LocalDate.of(2026, 3, 2), PRICE);
        assertEquals(2, a.priceVersion);
        ProblemException e = assertThrows(ProblemException.class,
                () -> a.accept(RM, 1, LocalDate.of(2026, 3, 2), Instant.now()));
        assertEquals(409, e.status());
        assertEquals("https://smecredit.org/problems/stale-price-version", e.toProblem(null).type().toString());
        assertEquals("priceVersion", e.toProblem(null).violations().get(0).field());
        a.accept(RM, 2, LocalDate.of(2026, 3, 2), Instant.now());
        assertEquals(2, a.acceptedPriceVersion);
    }

    @Test
    void aKnockOutAtRepricingSendsTheOfferBackToANewApprovalRound() {
        LoanApplication a = approved();
        a.referAgain();
        assertEquals(LoanApplicationStatus.REFERRED, a.status);
        assertEquals(2, a.reviewRound);
        assertNull(a.offerExpiresOn);
        a.rejectOnKnockOut();
        assertEquals(LoanApplicationStatus.REJECTED, a.status);
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
    @EnumSource(value = LoanApplicationStatus.class, names = "REFERRED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAReferredApplicationIsDecidedByAPerson(LoanApplicationStatus status) {
        LoanApplication a = submitted();
        a.status = status;
        assertEquals(409, assertThrows(ProblemException.class, () -> a.approve(APPROVER)).status());
        assertEquals(409, assertThrows(ProblemException.class, a::reject).status());
        assertEquals(status, a.status);
    }

    @ParameterizedTest
    @EnumSource(value = LoanApplicationStatus.class, names = "UNDER_REVIEW", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnApplicationUnderReviewIsDecidedAutomatically(LoanApplicationStatus status) {
        LoanApplication a = submitted();
        a.status = status;
        ProblemException e = assertThrows(ProblemException.class, () -> a.decideAutomatically(
                CreditPolicy.Outcome.APPROVED, UUID.randomUUID(), "A", new BigDecimal("0.01"), LocalDate.now(), PRICE));
        assertEquals("https://smecredit.org/problems/illegal-transition", e.toProblem(null).type().toString());
    }

    /** The whole transition table: every (from, to) pair of the ten states, allowed exactly when listed here. */
    static Stream<Arguments> everyPairOfStates() {
        Map<LoanApplicationStatus, Set<LoanApplicationStatus>> expected = new EnumMap<>(LoanApplicationStatus.class);
        expected.put(LoanApplicationStatus.DRAFT, EnumSet.of(LoanApplicationStatus.SUBMITTED,
                LoanApplicationStatus.WITHDRAWN));
        expected.put(LoanApplicationStatus.SUBMITTED, EnumSet.of(LoanApplicationStatus.AWAITING_RATING,
                LoanApplicationStatus.UNDER_REVIEW, LoanApplicationStatus.WITHDRAWN));
        expected.put(LoanApplicationStatus.AWAITING_RATING, EnumSet.of(LoanApplicationStatus.UNDER_REVIEW,
                LoanApplicationStatus.WITHDRAWN));
        expected.put(LoanApplicationStatus.UNDER_REVIEW, EnumSet.of(LoanApplicationStatus.APPROVED,
                LoanApplicationStatus.REJECTED, LoanApplicationStatus.REFERRED));
        expected.put(LoanApplicationStatus.REFERRED, EnumSet.of(LoanApplicationStatus.APPROVED,
                LoanApplicationStatus.REJECTED, LoanApplicationStatus.WITHDRAWN));
        expected.put(LoanApplicationStatus.APPROVED, EnumSet.of(LoanApplicationStatus.CONTRACTED,
                LoanApplicationStatus.REFERRED, LoanApplicationStatus.REJECTED, LoanApplicationStatus.WITHDRAWN));
        expected.put(LoanApplicationStatus.CONTRACTED, EnumSet.of(LoanApplicationStatus.DISBURSED));
        expected.put(LoanApplicationStatus.REJECTED, EnumSet.noneOf(LoanApplicationStatus.class));
        expected.put(LoanApplicationStatus.WITHDRAWN, EnumSet.noneOf(LoanApplicationStatus.class));
        expected.put(LoanApplicationStatus.DISBURSED, EnumSet.noneOf(LoanApplicationStatus.class));
        List<Arguments> rows = new ArrayList<>();
        for (LoanApplicationStatus from : LoanApplicationStatus.values()) {
            for (LoanApplicationStatus to : LoanApplicationStatus.values()) {
                rows.add(Arguments.of(from, to, expected.get(from).contains(to)));
            }
        }
        assertEquals(100, rows.size());
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPairOfStates")
    void theTransitionTableAllowsExactlyTheDesignedMovesAndAnswersTheRestWith409(LoanApplicationStatus from,
                                                                                LoanApplicationStatus to,
                                                                                boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
        LoanApplication a = submitted();
        a.status = from;
        if (allowed) {
            a.moveTo(to, "move");
            assertEquals(to, a.status);
            return;
        }
        ProblemException e = assertThrows(ProblemException.class, () -> a.moveTo(to, "move"));
        assertEquals(409, e.status());
        Problem p = e.toProblem(null);
        assertEquals("https://smecredit.org/problems/illegal-transition", p.type().toString());
        assertTrue(p.detail().contains(from + " → " + to), p.detail());
        assertEquals(from, p.extensions().get("currentStatus"));
        assertEquals(to, p.extensions().get("requestedStatus"));
        assertEquals(from, a.status);
    }

    @Test
    void disbursingNeedsAContract() {
        LoanApplication a = approved();
        assertEquals(409, assertThrows(ProblemException.class, a::disburse).status());
        assertEquals(LoanApplicationStatus.APPROVED, a.status);
    }
}
