package org.smecredit.collections.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.platform.problem.ProblemException;

class CaseActionTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static CaseAction action(ActionKind kind) {
        return CaseAction.record(UUID.randomUUID(), UUID.randomUUID(), kind, TODAY, "CNY", "col.wang.fang",
                Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0} starts {1}")
    @CsvSource({"CONTACT, LOGGED", "PROMISE_TO_PAY, OPEN", "LEGAL_STEP, IN_PROGRESS",
            "COLLATERAL_AUCTION, SCHEDULED", "GUARANTOR_DEMAND, ISSUED"})
    void everyKindStartsInItsFirstStatus(ActionKind kind, ActionStatus first) {
        assertEquals(first, action(kind).status);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "LEGAL_STEP, COMPLETED, ok", "LEGAL_STEP, ABANDONED, ok", "LEGAL_STEP, SOLD, 409",
            "COLLATERAL_AUCTION, UNSOLD, ok", "COLLATERAL_AUCTION, CANCELLED, ok", "COLLATERAL_AUCTION, PAID, 409",
            "GUARANTOR_DEMAND, REFUSED, ok", "GUARANTOR_DEMAND, WITHDRAWN, ok", "GUARANTOR_DEMAND, SOLD, 409",
            "PROMISE_TO_PAY, CANCELLED, ok",
            // a collector never judges a promise: the promise check does
            "PROMISE_TO_PAY, KEPT, 409", "PROMISE_TO_PAY, BROKEN, 409",
            "CONTACT, COMPLETED, 409"
    })
    void aCollectorRecordsOnlyTheOutcomesOfTheKind(ActionKind kind, ActionStatus outcome, String expected) {
        CaseAction a = action(kind);
        if (expected.equals("ok")) {
            a.recordOutcome(outcome, null, null, "done", TODAY, "col.wang.fang", Instant.EPOCH);
            assertEquals(outcome, a.status);
            assertEquals(TODAY, a.outcomeOn);
        } else {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> a.recordOutcome(outcome, null, null, null, TODAY, "col.wang.fang", Instant.EPOCH));
            assertEquals(409, e.status());
        }
    }

    @Test
    void aSaleNeedsItsPriceAndKeepsTheCosts() {
        CaseAction auction = action(ActionKind.COLLATERAL_AUCTION);
        ProblemException e = assertThrows(ProblemException.class, () -> auction.recordOutcome(ActionStatus.SOLD, null,
                null, null, TODAY, "col.wang.fang", Instant.EPOCH));
        assertEquals(422, e.status());
        auction.recordOutcome(ActionStatus.SOLD, new BigDecimal("720000.00"), new BigDecimal("21600.00"), null, TODAY,
                "col.wang.fang", Instant.EPOCH);
        assertEquals(new BigDecimal("720000.00"), auction.realizedAmount);
        assertEquals(new BigDecimal("21600.00"), auction.costs);
    }

    @Test
    void anUnsoldAuctionBringsNoMoney() {
        CaseAction auction = action(ActionKind.COLLATERAL_AUCTION);
        ProblemException e = assertThrows(ProblemException.class, () -> auction.recordOutcome(ActionStatus.UNSOLD,
                new BigDecimal("1.00"), null, null, TODAY, "col.wang.fang", Instant.EPOCH));
        assertEquals(422, e.status());
        auction.recordOutcome(ActionStatus.UNSOLD, null, null, "no bid at the reserve", TODAY, "col.wang.fang",
                Instant.EPOCH);
        assertNull(auction.realizedAmount);
    }

    @Test
    void aDecidedActionIsFinal() {
        CaseAction demand = action(ActionKind.GUARANTOR_DEMAND);
        demand.recordOutcome(ActionStatus.REFUSED, null, null, null, TODAY, "col.wang.fang", Instant.EPOCH);
        ProblemException e = assertThrows(ProblemException.class, () -> demand.recordOutcome(ActionStatus.PAID,
                new BigDecimal("1000.00"), null, null, TODAY, "col.wang.fang", Instant.EPOCH));
        assertEquals(409, e.status());
    }

    @Test
    void aBrokenPromiseRecordsWhatWasRecoveredOfWhatWasPromised() {
        CaseAction promise = action(ActionKind.PROMISE_TO_PAY);
        promise.amount = new BigDecimal("50000.00");
        promise.dueDate = TODAY.plusDays(10);
        promise.judgePromise(ActionStatus.BROKEN, new BigDecimal("20000.00"), TODAY.plusDays(11), "system", Instant.EPOCH);
        assertEquals(ActionStatus.BROKEN, promise.status);
        assertEquals(new BigDecimal("20000.00"), promise.realizedAmount);
        assertEquals("due 2027-03-11: recovered 20000.00 of 50000.00 promised", promise.outcomeNote);
        assertThrows(ProblemException.class, () -> promise.judgePromise(ActionStatus.KEPT, new BigDecimal("50000.00"),
                TODAY.plusDays(12), "system", Instant.EPOCH));
    }
}
