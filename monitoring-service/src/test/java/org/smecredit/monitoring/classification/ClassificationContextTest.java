package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

/**
 * The class and stage beyond the overdue floors: a risk manager's judgment (only worse), the restructuring floor,
 * credit-impaired ⇒ at least substandard (stage 3 ⇔ NPL), and the IFRS 9 SICR triggers other than 30 DPD.
 */
class ClassificationContextTest {
    static final LocalDate DUE = LocalDate.parse("2024-02-15");

    static LoanAssessment assess(int dpd, LoanAssessment.Context context) {
        var schedule = List.of(new ScheduledInstallment(1, DUE, new BigDecimal("1000.00"), new BigDecimal("10.00")),
                new ScheduledInstallment(2, DUE.plusYears(2), new BigDecimal("1000.00"), new BigDecimal("10.00")));
        return LoanAssessment.assess(new LoanAssessment.Terms(new BigDecimal("2000.00"), DUE.plusYears(2),
                new BigDecimal("0.0100"), new BigDecimal("0.45")), schedule, List.of(), DUE.plusDays(dpd), 7, context);
    }

    static LoanAssessment.Context judged(LoanCategory judgment) {
        return new LoanAssessment.Context("BBB", null, 3, false, false, Optional.empty(), judgment);
    }

    /** The final class is the worst of the overdue floor and the judgment; NPL by judgment is stage 3. */
    @ParameterizedTest(name = "{0} DPD judged {1} -> {2}, stage {3}")
    @CsvSource({
            "0,   SPECIAL_MENTION, SPECIAL_MENTION, 1",
            "0,   SUBSTANDARD,     SUBSTANDARD,     3",
            "0,   LOSS,            LOSS,            3",
            "31,  SPECIAL_MENTION, SPECIAL_MENTION, 2",
            "31,  DOUBTFUL,        DOUBTFUL,        3",
            // a judgment milder than the floor changes nothing: never better than the floor
            "91,  SPECIAL_MENTION, SUBSTANDARD,     3",
            "271, SUBSTANDARD,     DOUBTFUL,        3",
            "361, DOUBTFUL,        LOSS,            3"
    })
    void aJudgmentOnlyMakesTheClassWorse(int dpd, LoanCategory judgment, LoanCategory category, int stage) {
        var a = assess(dpd, judged(judgment));
        assertEquals(category, a.category());
        assertEquals(stage, a.stage());
    }

    /** SICR since origination (IFRS 9 §5.5.3): a downgrade of at least the set notches, or the watch list. */
    @ParameterizedTest(name = "BBB -> {0}, watch list {1}, {2} notches set: stage {3}")
    @CsvSource({
            "BBB, false, 3, 1",
            "BB,  false, 3, 1",
            "B,   false, 3, 1",
            "CCC, false, 3, 2",
            "C,   false, 3, 2",
            "D,   false, 3, 2",
            "B,   false, 2, 2",
            "A,   false, 3, 1",
            "AAA, true,  3, 2",
            "BB+, false, 1, 1",
    })
    void aDowngradeOfTheSetNotchesOrTheWatchListIsStage2(String current, boolean watchListed, int notches, int stage) {
        var a = assess(0, new LoanAssessment.Context("BBB", current, notches, watchListed, false, Optional.empty(), null));
        assertEquals(stage, a.stage());
        assertEquals(LoanCategory.NORMAL, a.category());
        assertEquals(stage == 2, a.otherSicr());
    }

    /** Credit-impaired while a default episode is open (until back to 0 DPD): stage 3 and at least substandard. */
    @ParameterizedTest(name = "open default episode at {0} DPD -> {1}, stage {2}")
    @CsvSource({
            "0,   NORMAL,      1",
            "1,   SUBSTANDARD, 3",
            "31,  SUBSTANDARD, 3",
            "271, DOUBTFUL,    3"
    })
    void aLoanInAnOpenDefaultEpisodeIsCreditImpaired(int dpd, LoanCategory category, int stage) {
        var a = assess(dpd, new LoanAssessment.Context("BBB", null, 3, false, true, Optional.empty(), null));
        assertEquals(category, a.category());
        assertEquals(stage, a.stage());
    }

    @Test
    void gradeNotchesAreStepsOnTheMasterScale() {
        assertEquals(3, GradeScale.notchesDown("BBB", "CCC").getAsInt());
        assertEquals(-3, GradeScale.notchesDown("BBB", "AAA").getAsInt());
        assertEquals(true, GradeScale.notchesDown("BBB", null).isEmpty());
        assertEquals(true, GradeScale.notchesDown("BB+", "B").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> LoanClassification.categoryFloor(-1, 7));
    }
}
