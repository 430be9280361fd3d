package org.smecredit.monitoring.repayment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smecredit.monitoring.repayment.RepaymentAllocation.Payment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

class RepaymentAllocationTest {

    static final List<ScheduledInstallment> SCHEDULE = List.of(
            new ScheduledInstallment(1, LocalDate.parse("2026-09-17"), new BigDecimal("100000.00"), new BigDecimal("4850.00")),
            new ScheduledInstallment(2, LocalDate.parse("2026-10-17"), new BigDecimal("100000.00"), new BigDecimal("4445.83")),
            new ScheduledInstallment(3, LocalDate.parse("2026-11-17"), new BigDecimal("100000.00"), new BigDecimal("4041.67")));

    static Payment pay(String amount, String valueDate) {
        return new Payment(UUID.randomUUID(), LocalDate.parse(valueDate), new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0} received -> paid I1 {1}/{2}, I2 {3}/{4}, I3 {5}/{6}, credit {7}")
    @CsvSource({
            // interest of the oldest installment first, then its principal
            "4000.00,   0.00,      4000.00, 0.00,      0.00,    0.00, 0.00,    0.00",
            "5000.00,   150.00,    4850.00, 0.00,      0.00,    0.00, 0.00,    0.00",
            // installment 1 in full, then interest of installment 2 before any of its principal
            "106000.00, 100000.00, 4850.00, 0.00,      1150.00, 0.00, 0.00,    0.00",
            "110000.00, 100000.00, 4850.00, 704.17,    4445.83, 0.00, 0.00,    0.00",
            // the whole schedule exactly
            "313337.50, 100000.00, 4850.00, 100000.00, 4445.83, 100000.00, 4041.67, 0.00",
            // beyond the schedule: unapplied credit
            "313500.00, 100000.00, 4850.00, 100000.00, 4445.83, 100000.00, 4041.67, 162.50"
    })
    void allocatesOldestFirstInterestBeforePrincipal(String amount, String p1, String i1, String p2, String i2,
                                                     String p3, String i3, String credit) {
        var r = RepaymentAllocation.allocate(SCHEDULE, List.of(pay(amount, "2026-09-17")));
        assertEquals(new BigDecimal(p1), r.installments().get(0).principalPaid());
        assertEquals(new BigDecimal(i1), r.installments().get(0).interestPaid());
        assertEquals(new BigDecimal(p2), r.installments().get(1).principalPaid());
        assertEquals(new BigDecimal(i2), r.installments().get(1).interestPaid());
        assertEquals(new BigDecimal(p3), r.installments().get(2).principalPaid());
        assertEquals(new BigDecimal(i3), r.installments().get(2).interestPaid());
        assertEquals(new BigDecimal(credit), r.unappliedCredit());
    }

    @Test
    void theSameRepaymentsInAnyOrderGiveTheSameState() {
        List<Payment> payments = List.of(pay("50000.00", "2026-09-20"), pay("54850.00", "2026-09-17"),
                pay("120000.00", "2026-10-30"), pay("90000.00", "2026-10-17"), pay("0.01", "2026-09-17"));
        var expected = RepaymentAllocation.allocate(SCHEDULE, payments);
        List<List<Payment>> orders = new ArrayList<>();
        permutations(new ArrayList<>(payments), 0, orders);
        assertEquals(120, orders.size());
        for (List<Payment> order : orders) {
            // the schedule order does not matter either
            List<ScheduledInstallment> shuffled = new ArrayList<>(SCHEDULE);
            Collections.reverse(shuffled);
            assertEquals(expected, RepaymentAllocation.allocate(shuffled, order), "order " + order);
        }
        assertEquals(new BigDecimal("1512.51"), expected.unappliedCredit());
    }

    @Test
    void noRepaymentLeavesEverythingUnpaid() {
        var r = RepaymentAllocation.allocate(SCHEDULE, List.of());
        r.installments().forEach(i -> assertEquals(BigDecimal.ZERO.setScale(2), i.principalPaid().add(i.interestPaid())));
        assertEquals(new BigDecimal("0.00"), r.unappliedCredit());
    }

    private static void permutations(List<Payment> list, int k, List<List<Payment>> out) {
        if (k == list.size()) {
            out.add(List.copyOf(list));
            return;
        }
        for (int i = k; i < list.size(); i++) {
            Collections.swap(list, k, i);
            permutations(list, k + 1, out);
            Collections.swap(list, k, i);
        }
    }
}
