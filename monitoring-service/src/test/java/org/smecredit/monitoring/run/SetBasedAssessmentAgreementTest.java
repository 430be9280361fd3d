package org.smecredit.monitoring.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.smecredit.monitoring.classification.EarlyWarningRules;
import org.smecredit.monitoring.classification.LoanAssessment;
import org.smecredit.monitoring.classification.LoanClassification;
import org.smecredit.monitoring.loan.Installment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.Payment;
import org.smecredit.monitoring.repayment.RepaymentAllocation.ScheduledInstallment;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The set-based SQL of the daily run ({@link DailyRunSql}) and the pure Java rules ({@link LoanAssessment},
 * {@link EarlyWarningRules}) must agree: loans with different schedules and repayment patterns are assessed both ways
 * on every boundary day of the floors and stages (due date + 0, 1, 7, 8, 30, 31, 90, 91, 270, 271, 360, 361) and the
 * results compared field by field.
 *
 * <p>The loans are written straight to the database with status REPAID so that the daily runs of other test classes
 * leave them alone; the preview query assesses given loans whatever their status and writes nothing.
 */
@QuarkusTest
class SetBasedAssessmentAgreementTest {
    static final int GRACE_DAYS = 7;
    static final LocalDate DISBURSED = LocalDate.parse("2009-01-15");
    static final LocalDate MATURITY = LocalDate.parse("2012-01-15");
    static final int[] BOUNDARY_DAYS = {0, 1, 7, 8, 30, 31, 59, 60, 89, 90, 91, 270, 271, 360, 361, 400};

    @Inject
    Pool database;

    /** A test loan: schedule, repayments (amount, value date, currency), optional rating PD and warning level. */
    record Case(String name, List<ScheduledInstallment> schedule, List<Object[]> repayments, String ratingPd,
                int warningLevel) {
    }

    static List<ScheduledInstallment> schedule() {
        return List.of(
                new ScheduledInstallment(1, LocalDate.parse("2009-02-15"), new BigDecimal("1000.00"), new BigDecimal("120.50")),
                new ScheduledInstallment(2, LocalDate.parse("2009-03-15"), new BigDecimal("1000.00"), new BigDecimal("80.25")),
                // a zero-interest installment, and two due the same day listed out of number order
                new ScheduledInstallment(4, LocalDate.parse("2009-04-15"), new BigDecimal("500.00"), new BigDecimal("0.00")),
                new ScheduledInstallment(3, LocalDate.parse("2009-04-15"), new BigDecimal("500.00"), new BigDecimal("40.10")),
                new ScheduledInstallment(5, MATURITY, new BigDecimal("2000.00"), new BigDecimal("300.00")));
    }

    static List<Case> cases() {
        List<Object[]> none = List.of();
        return List.of(
                new Case("nothing paid", schedule(), none, null, 0),
                new Case("part of the first interest", schedule(),
                        List.<Object[]>of(new Object[]{"50.00", "2009-02-15", "CNY"}), null, 0),
                new Case("first installment exactly, rated", schedule(),
                        List.<Object[]>of(new Object[]{"1120.50", "2009-02-15", "CNY"}), "0.0300", 0),
                new Case("first and part of the second principal, two payments", schedule(),
                        List.<Object[]>of(new Object[]{"600.00", "2009-02-20", "CNY"}, new Object[]{"1000.00", "2009-03-10", "CNY"}),
                        null, 0),
                new Case("paid late: valued after some boundary days", schedule(),
                        List.<Object[]>of(new Object[]{"2200.75", "2009-06-01", "CNY"}), null, 30),
                new Case("a repayment in another currency is left unapplied", schedule(),
                        List.<Object[]>of(new Object[]{"1120.50", "2009-02-15", "USD"}), null, 0),
                new Case("everything and more", schedule(),
                        List.<Object[]>of(new Object[]{"6000.00", "2009-02-01", "CNY"}), "0.0150", 0),
                new Case("all but one cent", schedule(),
                        List.<Object[]>of(new Object[]{"5540.84", "2009-02-01", "CNY"}), null, 60));
    }

    @Test
    void theSqlAssessmentAgreesWithTheJavaRulesOnEveryBoundaryDay() {
        Map<UUID, Case> loans = new HashMap<>();
        for (Case c : cases()) {
            loans.put(insert(c), c);
        }
        UUID[] ids = loans.keySet().toArray(new UUID[0]);
        List<LocalDate> dates = new ArrayList<>();
        for (int d : BOUNDARY_DAYS) {
            dates.add(LocalDate.parse("2009-02-15").plusDays(d));   // first due date
            dates.add(LocalDate.parse("2009-04-15").plusDays(d));   // two installments due the same day
        }
        dates.add(DISBURSED);
        dates.add(MATURITY.plusDays(100));
        int compared = 0;
        for (LocalDate date : dates) {
            var rows = database.preparedQuery(DailyRunSql.PREVIEW)
                    .execute(Tuple.of(date, ids, 1, GRACE_DAYS)).await().indefinitely();
            assertEquals(ids.length, rows.size());
            for (Row row : rows) {
                Case c = loans.get(row.getUUID("id"));
                compare(c, date, row);
                compared++;
            }
        }
        assertTrue(compared >= 200, "compared " + compared);
    }

    private void compare(Case c, LocalDate date, Row row) {
        BigDecimal pd = new BigDecimal(c.ratingPd() != null ? c.ratingPd() : "0.0125");
        var payments = c.repayments().stream()
                .filter(r -> r[2].equals("CNY"))
                .map(r -> new Payment(UUID.randomUUID(), LocalDate.parse((String) r[1]), new BigDecimal((String) r[0])))
                .toList();
        LoanAssessment java = LoanAssessment.assess(
                new LoanAssessment.Terms(new BigDecimal("5000.00"), MATURITY, pd, new BigDecimal("0.4500")),
                c.schedule(), payments, date, GRACE_DAYS);
        String where = c.name() + " on " + date + ": ";
        assertEquals(java.daysPastDue(), row.getInteger("dpd"), where + "days past due");
        assertEquals(java.category().name(), row.getString("category"), where + "category");
        assertEquals(java.stage(), row.getInteger("stage"), where + "stage");
        assertSame(java.outstandingPrincipal(), row.getBigDecimal("outstanding"), where + "outstanding");
        assertSame(java.overduePrincipal(), row.getBigDecimal("overdue_principal"), where + "overdue principal");
        assertSame(java.overdueInterest(), row.getBigDecimal("overdue_interest"), where + "overdue interest");
        assertSame(java.ead(), row.getBigDecimal("ead"), where + "EAD");
        assertSame(java.pd(), row.getBigDecimal("pd"), where + "PD");
        assertSame(java.ecl(), row.getBigDecimal("ecl"), where + "ECL");
        assertEquals(java.fullyRepaid(), row.getBoolean("fully_repaid"), where + "fully repaid");
        assertEquals(EarlyWarningRules.newlyCrossed(c.warningLevel(), java.daysPastDue()).size(),
                row.getInteger("warnings"), where + "warnings");
        assertEquals(EarlyWarningRules.levelAfter(c.warningLevel(), java.daysPastDue()), row.getInteger("level_after"),
                where + "warning level");
        // never defaulted before: a default now is exactly more than 90 DPD (LoanClassification.isDefault)
        assertEquals(LoanClassification.isDefault(java.daysPastDue()), row.getBoolean("defaulted"), where + "defaulted");
        assertEquals(false, row.getBoolean("restored"), where + "restored");
        assertEquals(java.oldestUnpaid().map(i -> i.number()).orElse(null), row.getInteger("oldest_unpaid_number"),
                where + "oldest unpaid installment");
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": Java " + expected + ", SQL " + actual);
    }

    private UUID insert(Case c) {
        UUID loanId = UUID.randomUUID();
        UUID customerId = UUID.randomUUID();
        database.preparedQuery("""
                        INSERT INTO loan (id, application_id, customer_id, principal, currency, annual_rate, disbursed_on,
                                          maturity_date, grade, pd, lgd, status, unapplied_credit, warning_level,
                                          booked_at, version)
                        VALUES ($1, $2, $3, 5000.00, 'CNY', 0.0485, $4, $5, 'BBB', 0.0125, 0.45, 'REPAID', 0, $6, now(), 0)""")
                .execute(Tuple.tuple(List.of(loanId, UUID.randomUUID(), customerId, DISBURSED, MATURITY, c.warningLevel())))
                .await().indefinitely();
        List<Installment> installments = c.schedule().stream().map(s -> {
            Installment i = new Installment();
            i.number = s.number();
            i.dueDate = s.dueDate();
            i.principalDue = s.principalDue();
            i.interestDue = s.interestDue();
            return i;
        }).toList();
        Installment.accumulateDueBefore(installments);
        for (Installment i : installments) {
            database.preparedQuery("""
                            INSERT INTO installment (loan_id, number, due_date, principal_due, interest_due, principal_paid,
                                                     interest_paid, due_before)
                            VALUES ($1, $2, $3, $4, $5, 0, 0, $6)""")
                    .execute(Tuple.tuple(List.of(loanId, i.number, i.dueDate, i.principalDue, i.interestDue, i.dueBefore)))
                    .await().indefinitely();
        }
        for (Object[] r : c.repayments()) {
            database.preparedQuery("""
                            INSERT INTO repayment (repayment_id, loan_id, amount, currency, value_date, received_at)
                            VALUES ($1, $2, $3, $4, $5, now())""")
                    .execute(Tuple.tuple(List.of(UUID.randomUUID(), loanId, new BigDecimal((String) r[0]), r[2],
                            LocalDate.parse((String) r[1]))))
                    .await().indefinitely();
        }
        if (c.ratingPd() != null) {
            database.preparedQuery("""
                            INSERT INTO customer_pd (customer_id, rating_id, grade, pd, rated_on, updated_at)
                            VALUES ($1, $2, 'BB', $3, $4, now())""")
                    .execute(Tuple.tuple(List.of(customerId, UUID.randomUUID(), new BigDecimal(c.ratingPd()), DISBURSED)))
                    .await().indefinitely();
        }
        return loanId;
    }

    static Stream<Case> all() {
        return cases().stream();
    }
}
