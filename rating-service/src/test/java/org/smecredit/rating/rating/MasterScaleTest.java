package org.smecredit.rating.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MasterScaleTest {
    private final MasterScale scale = MasterScale.standard();

    @ParameterizedTest(name = "score {0} -> {1} (PD {2})")
    @CsvSource({
            "100, AAA, 0.0003", "90, AAA, 0.0003",
            "89, AA, 0.0006", "80, AA, 0.0006",
            "79, A, 0.0012", "70, A, 0.0012",
            "69, BBB, 0.0030", "60, BBB, 0.0030",
            "59, BB, 0.0080", "50, BB, 0.0080",
            "49, B, 0.0200", "40, B, 0.0200",
            "39, CCC, 0.0600", "30, CCC, 0.0600",
            "29, CC, 0.1500", "20, CC, 0.1500",
            "19, C, 0.3000", "0, C, 0.3000"
    })
    void mapsScoreBandBoundariesToGrades(int score, String grade, String pd) {
        Grade g = scale.forScore(score);
        assertEquals(grade, g.code());
        assertEquals(0, new BigDecimal(pd).compareTo(g.pd()));
        assertFalse(g.defaulted());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void refusesScoresOutside0To100(int score) {
        assertThrows(IllegalArgumentException.class, () -> scale.forScore(score));
    }

    @Test
    void hasAtLeastTenGradesWithDefaultLastAtPdOne() {
        List<Grade> grades = scale.grades();
        assertTrue(grades.size() >= 10, "grades: " + grades.size());
        Grade last = grades.get(grades.size() - 1);
        assertEquals("D", last.code());
        assertTrue(last.defaulted());
        assertEquals(0, BigDecimal.ONE.compareTo(last.pd()));
        assertEquals(1, grades.stream().filter(Grade::defaulted).count());
    }

    @Test
    void floorsEveryPdAtBaselsThreeBasisPointsAndRaisesItStrictlyFromGradeToGrade() {
        // Basel II para. 285: PD of corporate exposures at least 0.03 %
        assertEquals(0, new BigDecimal("0.0003").compareTo(MasterScale.PD_FLOOR));
        List<Grade> grades = scale.grades();
        assertEquals(0, MasterScale.PD_FLOOR.compareTo(grades.get(0).pd()), "best grade sits on the floor");
        for (int i = 1; i < grades.size(); i++) {
            assertTrue(grades.get(i).pd().compareTo(grades.get(i - 1).pd()) > 0,
                    grades.get(i).code() + " must have a higher PD than " + grades.get(i - 1).code());
        }
    }

    @Test
    void neverGivesALowerScoreALowerPd() {
        for (int score = 0; score < 100; score++) {
            assertTrue(scale.forScore(score).pd().compareTo(scale.forScore(score + 1).pd()) >= 0, "score " + score);
            assertTrue(scale.forScore(score).pd().compareTo(MasterScale.PD_FLOOR) >= 0);
        }
    }

    @ParameterizedTest(name = "{0} down {1} -> {2}")
    @CsvSource({
            "AAA, 1, AA", "BBB, 1, BB", "BBB, 2, B", "A, 0, A", "CC, 1, C",
            "C, 1, C",   // notching stops at the worst performing grade: default is an event, not a notch
            "CCC, 5, C",
            "D, 1, D"
    })
    void downgradesByNotchesWithoutNotchingIntoDefault(String from, int notches, String to) {
        assertEquals(to, scale.downgrade(scale.byCode(from).orElseThrow(), notches).code());
    }

    @Test
    void refusesNegativeNotches() {
        assertThrows(IllegalArgumentException.class, () -> scale.downgrade(scale.forScore(50), -1));
    }

    @Test
    void refusesAScaleWithAPdBelowTheFloor() {
        List<Grade> grades = new ArrayList<>(scale.grades());
        grades.set(0, new Grade("AAA", 90, 100, new BigDecimal("0.0002"), false));
        assertThrows(IllegalArgumentException.class, () -> new MasterScale(grades));
    }

    @Test
    void refusesAScaleWhosePdsDoNotRise() {
        List<Grade> grades = new ArrayList<>(scale.grades());
        grades.set(2, new Grade("A", 70, 79, new BigDecimal("0.0006"), false)); // same as AA
        assertThrows(IllegalArgumentException.class, () -> new MasterScale(grades));
    }

    @Test
    void refusesAScaleWithAGapInTheScores() {
        List<Grade> grades = new ArrayList<>(scale.grades());
        grades.set(1, new Grade("AA", 81, 89, new BigDecimal("0.0006"), false));
        assertThrows(IllegalArgumentException.class, () -> new MasterScale(grades));
    }

    @Test
    void refusesAScaleWithoutDefault() {
        List<Grade> grades = new ArrayList<>(scale.grades());
        grades.remove(grades.size() - 1);
        assertThrows(IllegalArgumentException.class, () -> new MasterScale(grades));
    }
}
