package org.smecredit.collections.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smecredit.platform.problem.ProblemException;

/** The four-eyes rule of strategy choices, on the valuation of {@link DisposalStrategyTest}'s first case. */
class StrategyChoiceTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Instant NOW = Instant.parse("2027-03-15T02:00:00Z");

    /** Restructuring 837,688.93 recommended; enforcement 535,951.51; no guarantee. */
    private static final StrategyRecommendation VALUATION = new DisposalStrategy(Assumptions.handy()).evaluate(
            new CaseFacts(new BigDecimal("1000000.00"),
                    List.of(new CaseFacts.Collateral(CollateralType.REAL_ESTATE, new BigDecimal("1000000"), null)),
                    List.of(), new CaseFacts.RestructuringTerms(new BigDecimal("0.12"), 36, new BigDecimal("0.7")),
                    null));

    private static StrategyChoice choose(DisposalOption option, String reason) {
        return StrategyChoice.choose(UUID.randomUUID(), UUID.randomUUID(), VALUATION, option, reason, "{}",
                "col.wang.fang", TODAY, NOW);
    }

    @Test
    void followingTheRecommendationTakesEffectAtOnceWithoutApprover() {
        StrategyChoice c = choose(DisposalOption.RESTRUCTURING, null);
        assertEquals(StrategyChoice.Status.CHOSEN, c.status);
        assertEquals(TODAY, c.effectiveOn);
        assertEquals(new BigDecimal("837688.93"), c.expectedNpv);
        assertNull(c.approvedBy());
    }

    @Test
    void aChoiceBelowTheRecommendationNeedsAReason() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> choose(DisposalOption.COLLATERAL_ENFORCEMENT, "  "));
        assertEquals(422, e.status());
    }

    @Test
    void aChoiceBelowTheRecommendationWaitsForASecondApprover() {
        StrategyChoice c = choose(DisposalOption.COLLATERAL_ENFORCEMENT, "owner absconded");
        assertEquals(StrategyChoice.Status.PENDING_APPROVAL, c.status);
        assertNull(c.effectiveOn);

        c.decide(true, "agreed", "risk.zhou", TODAY, NOW);
        assertEquals(StrategyChoice.Status.CHOSEN, c.status);
        assertEquals("risk.zhou", c.approvedBy());
        assertEquals(TODAY, c.effectiveOn);
    }

    @Test
    void theMakerCannotApproveHisOwnChoice() {
        StrategyChoice c = choose(DisposalOption.DEBT_SALE, "AMC deadline this week");
        ProblemException e = assertThrows(ProblemException.class,
                () -> c.decide(true, null, "col.wang.fang", TODAY, NOW));
        assertEquals(403, e.status());
        assertEquals(StrategyChoice.Status.PENDING_APPROVAL, c.status);
    }

    @Test
    void aDecidedChoiceCannotBeDecidedAgain() {
        StrategyChoice c = choose(DisposalOption.DEBT_SALE, "AMC deadline this week");
        c.decide(false, "restructure first", "risk.zhou", TODAY, NOW);
        assertEquals(StrategyChoice.Status.REJECTED, c.status);
        assertNull(c.approvedBy());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> c.decide(true, null, "risk.li", TODAY, NOW)).status());
    }

    @Test
    void anUnavailableOptionCannotBeChosen() {
        assertEquals(422, assertThrows(ProblemException.class,
                () -> choose(DisposalOption.GUARANTOR_CLAIM, "try the guarantor")).status());
    }
}
