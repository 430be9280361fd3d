package org.smecredit.rating.override;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.smecredit.platform.problem.ProblemException;

/** The override rules: notch range, one decision, maker-checker; and the per-analyst rates. */
class RatingOverrideTest {

    static RatingOverride proposedBy(String analyst, int notches) {
        RatingOverride o = new RatingOverride();
        o.proposedBy = analyst;
        o.notches = notches;
        o.status = OverrideStatus.PROPOSED;
        return o;
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, -1, 1, 3})
    void acceptsOneToThreeNotchesEitherWay(int notches) {
        assertDoesNotThrow(() -> RatingOverride.checkNotches(notches));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -4})
    void refusesNoChangeOrMoreThanThreeNotches(int notches) {
        assertEquals(422, assertThrows(ProblemException.class, () -> RatingOverride.checkNotches(notches)).status());
    }

    @Test
    void theProposerNeverDecidesTheirOwnOverride() {
        RatingOverride o = proposedBy("analyst.qian", -1);
        ProblemException e = assertThrows(ProblemException.class, () -> o.approve("analyst.qian", null, Instant.now()));
        assertEquals(403, e.status());
        assertEquals(403, assertThrows(ProblemException.class, () -> o.reject("analyst.qian", "no", Instant.now()))
                .status());
        assertEquals(OverrideStatus.PROPOSED, o.status);
    }

    @Test
    void anOverrideIsDecidedOnce() {
        RatingOverride o = proposedBy("analyst.qian", 2);
        o.approve("risk.liu", "agreed", Instant.now());
        assertEquals(OverrideStatus.APPROVED, o.status);
        assertEquals("risk.liu", o.decidedBy);
        assertEquals(409, assertThrows(ProblemException.class, () -> o.reject("risk.zhou", "late", Instant.now()))
                .status());
        assertEquals(409, assertThrows(ProblemException.class, () -> o.approve("risk.zhou", null, Instant.now()))
                .status());
    }

    @Test
    void ratesCountEachAnalystsOverridesAndTheApprovedShareOfDecidedOnes() {
        RatingOverride a1 = proposedBy("analyst.a", -1);
        a1.approve("risk", null, Instant.now());
        RatingOverride a2 = proposedBy("analyst.a", 2);
        a2.reject("risk", "not supported", Instant.now());
        RatingOverride a3 = proposedBy("analyst.a", 1);
        RatingOverride b1 = proposedBy("analyst.b", -2);
        b1.approve("risk", null, Instant.now());
        List<OverrideView.AnalystRate> rates = OverrideService.rates(List.of(b1, a1, a2, a3));
        assertEquals(List.of(new OverrideView.AnalystRate("analyst.a", 3, 1, 1, 1, 2, 1, 0.5),
                new OverrideView.AnalystRate("analyst.b", 1, 1, 0, 0, 0, 1, 1.0)), rates);
    }
}
