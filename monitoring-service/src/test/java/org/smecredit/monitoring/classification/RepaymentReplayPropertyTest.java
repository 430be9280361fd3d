package org.smecredit.monitoring.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.smecredit.monitoring.repayment.RepaymentAllocation.Payment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

/**
 * Property: a loan's repayments delivered in any order and any number of times end in the same state. Each
 * repetition draws a random schedule and random repayments (seeded by the repetition number, so a failure is
 * reproducible), delivers them shuffled with duplicates as the repayment table records them (the first delivery of
 * a repaymentId wins, later ones have no effect), and compares the assessment with the one from the clean list on
 * several dates.
 */
class RepaymentReplayPropertyTest {

    @RepeatedTest(200)
    void anyOrderWithDuplicatesEndsInTheSameState(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        LocalDate start = LocalDate.parse("2025-01-10");
        int months = 1 + random.nextInt(12);
        List<ScheduledInstallment> schedule = new ArrayList<>();
        BigDecimal principal = BigDecimal.ZERO;
        for (int k = 1; k <= months; k++) {
            BigDecimal p = cents(random, 1_000_000);
            BigDecimal i = random.nextInt(5) == 0 ? BigDecimal.ZERO.setScale(2) : cents(random, 50_000);
            schedule.add(new ScheduledInstallment(k, start.plusMonths(k), p, i));
            principal = principal.add(p);
        }
        List<Payment> repayments = new ArrayList<>();
        int count = random.nextInt(8);
        for (int n = 0; n < count; n++) {
            repayments.add(new Payment(new UUID(random.nextLong(), random.nextLong()),
                    start.plusDays(random.nextInt(months * 31 + 60)), cents(random, 800_000)));
        }
        List<Payment> deliveries = new ArrayList<>(repayments);
        for (int n = 0; n < count; n++) {
            deliveries.add(repayments.get(random.nextInt(repayments.size())));
        }
        Collections.shuffle(deliveries, random);
        Map<UUID, Payment> recorded = new LinkedHashMap<>();
        deliveries.forEach(p -> recorded.putIfAbsent(p.repaymentId(), p));

        var terms = new LoanAssessment.Terms(principal, start.plusMonths(months), new BigDecimal("0.0250"),
                new BigDecimal("0.4500"));
        for (int d = 0; d <= months * 31 + 400; d += 1 + random.nextInt(45)) {
            LocalDate asOf = start.plusDays(d);
            assertEquals(LoanAssessment.assess(terms, schedule, repayments, asOf, 7),
                    LoanAssessment.assess(terms, schedule, recorded.values(), asOf, 7),
                    "seed " + repetition.getCurrentRepetition() + " on " + asOf);
        }
    }

    private static BigDecimal cents(Random random, int maxUnits) {
        return BigDecimal.valueOf(1 + random.nextInt(maxUnits * 100), 2);
    }
}
