package org.smecredit.collections.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.collections.cases.CollectionCase.RecoveryEffect;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.contracts.monitoring.v1.LoanDefaulted;
import org.smecredit.platform.problem.ProblemException;

class CollectionCaseTest {
    static final LocalDate DEFAULT_DATE = LocalDate.of(2027, 2, 16);
    static final LocalDate TODAY = LocalDate.of(2027, 6, 30);
    static final Instant NOW = Instant.parse("2027-06-30T02:00:00Z");

    /** The contract sample: 1,000,000.00 principal + 10,912.50 overdue interest = EAD 1,010,912.50. */
    static CollectionCase openCase() {
        LoanDefaulted d = new LoanDefaulted(UUID.randomUUID(), UUID.randomUUID(), DEFAULT_DATE, 91,
                LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("1000000.00"), new BigDecimal("10912.50"));
        return CollectionCase.open(UUID.randomUUID(), d, UUID.randomUUID(), "col.wang.fang", null, NOW);
    }

    /** A case brought into {@code state}: OPEN, or CLOSED with the outcome after a slash. */
    static CollectionCase inState(String state) {
        CollectionCase c = openCase();
        switch (state) {
            case "OPEN" -> { }
            case "CLOSED/SETTLED" -> c.close(CaseOutcome.SETTLED, "settlement agreed", TODAY, "col", NOW);
            case "CLOSED/WRITTEN_OFF" -> c.close(CaseOutcome.WRITTEN_OFF, "no prospect", TODAY, "col", NOW);
            case "CLOSED/REPAID_IN_FULL" -> c.recordRecovery(c.exposureAtDefault, TODAY, "col", NOW);
            default -> throw new IllegalArgumentException(state);
        }
        return c;
    }

    static String stateOf(CollectionCase c) {
        return c.status == CaseStatus.OPEN ? "OPEN" : c.status + "/" + c.outcome;
    }

    @Test
    void opensWithExposureAtDefaultAndNothingRecovered() {
        CollectionCase c = openCase();
        assertEquals(CaseStatus.OPEN, c.status);
        assertNull(c.outcome);
        assertEquals(new BigDecimal("1010912.50"), c.exposureAtDefault);
        assertEquals(new BigDecimal("0.00"), c.totalRecovered);
        assertEquals(DEFAULT_DATE, c.openedOn);
        assertEquals(new BigDecimal("1.0000"), c.realizedLgd());
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            // recoveries on an open case
            "OPEN, recover 100000.00, OPEN, 100000.00",
            "OPEN, recover 1010912.49, OPEN, 1010912.49",
            "OPEN, recover 1010912.50, CLOSED/REPAID_IN_FULL, 1010912.50",
            "OPEN, recover 1200000.00, CLOSED/REPAID_IN_FULL, 1200000.00",
            // a collector's closure
            "OPEN, close SETTLED, CLOSED/SETTLED, 0.00",
            "OPEN, close WRITTEN_OFF, CLOSED/WRITTEN_OFF, 0.00",
            // after a write-off the bank keeps its claim: counted, still closed, even beyond the exposure
            "CLOSED/WRITTEN_OFF, recover 50000.00, CLOSED/WRITTEN_OFF, 50000.00",
            "CLOSED/WRITTEN_OFF, recover 1010912.50, CLOSED/WRITTEN_OFF, 1010912.50",
            // illegal moves
            "CLOSED/SETTLED, recover 1.00, 409, 0.00",
            "CLOSED/REPAID_IN_FULL, recover 1.00, 409, 1010912.50",
            "CLOSED/SETTLED, close WRITTEN_OFF, 409, 0.00",
            "CLOSED/WRITTEN_OFF, close SETTLED, 409, 0.00",
            "CLOSED/WRITTEN_OFF, close WRITTEN_OFF, 409, 0.00",
            "CLOSED/REPAID_IN_FULL, close SETTLED, 409, 1010912.50",
            // REPAID_IN_FULL is reached by recoveries, never declared
            "OPEN, close REPAID_IN_FULL, 422, 0.00"
    })
    void movesOnlyAlongTheCaseStateMachine(String from, String action, String expected, String recoveredAfter) {
        CollectionCase c = inState(from);
        String[] a = action.split(" ");
        Runnable move = switch (a[0]) {
            case "recover" -> () -> c.recordRecovery(new BigDecimal(a[1]), TODAY, "col", NOW);
            case "close" -> () -> c.close(CaseOutcome.valueOf(a[1]), "reason", TODAY, "col", NOW);
            default -> throw new IllegalArgumentException(action);
        };
        if (expected.matches("\\d{3}")) {
            String before = stateOf(c);
            ProblemException e = assertThrows(ProblemException.class, move::run);
            assertEquals(Integer.parseInt(expected), e.status());
            assertEquals(before, stateOf(c), "a refused move changes nothing");
        } else {
            move.run();
            assertEquals(expected, stateOf(c));
        }
        assertEquals(new BigDecimal(recoveredAfter), c.totalRecovered);
    }

    @Test
    void tellsWhatARecoveryDid() {
        CollectionCase c = openCase();
        assertEquals(RecoveryEffect.COUNTED, c.recordRecovery(new BigDecimal("10912.50"), TODAY, "col", NOW));
        assertEquals(RecoveryEffect.CLOSED_REPAID_IN_FULL,
                c.recordRecovery(new BigDecimal("1000000.00"), TODAY, "system:collections-service", NOW));
        assertEquals(TODAY, c.closedOn);
        assertEquals("system:collections-service", c.closedBy);
        assertEquals(new BigDecimal("0.0000"), c.realizedLgd());

        CollectionCase w = inState("CLOSED/WRITTEN_OFF");
        assertEquals(RecoveryEffect.COUNTED_AFTER_WRITE_OFF,
                w.recordRecovery(new BigDecimal("720000.00"), TODAY, "col", NOW));
        assertEquals(new BigDecimal("0.2878"), w.realizedLgd());
    }

    @Test
    void refusesRecoveriesThatAreNotPositiveCentAmounts() {
        CollectionCase c = openCase();
        assertThrows(IllegalArgumentException.class, () -> c.recordRecovery(new BigDecimal("0.00"), TODAY, "c", NOW));
        assertThrows(IllegalArgumentException.class, () -> c.recordRecovery(new BigDecimal("-5.00"), TODAY, "c", NOW));
        assertThrows(IllegalArgumentException.class, () -> c.recordRecovery(new BigDecimal("1.005"), TODAY, "c", NOW));
        assertEquals(new BigDecimal("0.00"), c.totalRecovered);
    }

    @Test
    void aDefaultWithoutExposureOpensNoCase() {
        LoanDefaulted d = new LoanDefaulted(UUID.randomUUID(), UUID.randomUUID(), DEFAULT_DATE, 91,
                LoanCategory.SUBSTANDARD, "CNY", new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThrows(IllegalArgumentException.class,
                () -> CollectionCase.open(UUID.randomUUID(), d, UUID.randomUUID(), null, null, NOW));
    }

    @ParameterizedTest(name = "cases {0} -> repayments go to {1}")
    @CsvSource({
            "'', none",
            "OPEN, 0",
            "CLOSED/WRITTEN_OFF, 0",
            "CLOSED/SETTLED, none",
            "CLOSED/REPAID_IN_FULL, none",
            // re-default after a settlement: the new open case takes the money
            "CLOSED/SETTLED OPEN, 1",
            // the latest case decides
            "CLOSED/WRITTEN_OFF CLOSED/SETTLED, none",
            "CLOSED/SETTLED CLOSED/WRITTEN_OFF, 1"
    })
    void coreBankingMoneyGoesToTheOpenCaseOrElseToAWrittenOffLatestCase(String states, String expected) {
        List<CollectionCase> cases = states.isBlank() ? List.of()
                : java.util.stream.IntStream.range(0, states.split(" ").length).mapToObj(i -> {
                    CollectionCase c = inState(states.split(" ")[i]);
                    c.openedOn = DEFAULT_DATE.plusMonths(i);
                    return c;
                }).toList();
        var target = CollectionCase.receivingRepayments(cases);
        if (expected.equals("none")) {
            assertTrue(target.isEmpty());
        } else {
            assertEquals(cases.get(Integer.parseInt(expected)).id, target.orElseThrow().id);
        }
    }

    @ParameterizedTest(name = "cases {0}, default on {1} -> new case: {2}")
    @CsvSource({
            "'', 2027-07-01, true",
            "OPEN, 2027-07-01, false",
            "CLOSED/WRITTEN_OFF, 2027-07-01, false",
            "CLOSED/SETTLED, 2027-07-01, false",
            // repaid in full on TODAY (2027-06-30): a later default is a new one, an earlier report is stale
            "CLOSED/REPAID_IN_FULL, 2027-07-01, true",
            "CLOSED/REPAID_IN_FULL, 2027-06-30, false",
            "CLOSED/REPAID_IN_FULL, 2027-02-16, false",
            "CLOSED/REPAID_IN_FULL OPEN, 2027-07-01, false"
    })
    void aDefaultOpensANewCaseOnlyWhenTheLoanHasNoLiveClaim(String states, LocalDate defaultDate, boolean opens) {
        List<CollectionCase> cases = states.isBlank() ? List.of()
                : java.util.stream.IntStream.range(0, states.split(" ").length).mapToObj(i -> {
                    CollectionCase c = inState(states.split(" ")[i]);
                    c.openedOn = DEFAULT_DATE.plusMonths(i);
                    return c;
                }).toList();
        assertEquals(opens, CollectionCase.whyNoNewCase(cases, defaultDate).isEmpty());
    }
}
