package org.smecredit.monitoring.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.smecredit.contracts.LoanCategory;
import org.smecredit.monitoring.classification.EarlyWarningRules;
import org.smecredit.monitoring.classification.LoanAssessment;
import org.smecredit.monitoring.classification.LoanClassification;
import org.smecredit.monitoring.classification.Restructuring;
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

    static final int SICR_NOTCHES = 3;

    /**
     * A test loan: schedule, repayments (amount, value date, currency), optional rating PD and warning level, and
     * the classification context: the borrower's current grade (with the rating; BBB at origination), a watch list
     * entry (status, added on), an open default episode, a restructuring observation period, a judgment.
     */
    record Case(String name, List<ScheduledInstallment> schedule, List<Object[]> repayments, String ratingPd,
                int warningLevel, String currentGrade, String[] watchList, boolean openDefault,
                Restructuring.Observation observation, LoanCategory judgment) {
        Case(String name, List<ScheduledInstallment> schedule, List<Object[]> repayments, String ratingPd,
             int warningLevel) {
            this(name, schedule, repayments, ratingPd, warningLevel, "BB", null, false, null, null);
        }

        LoanAssessment.Context context(LocalDate date) {
            boolean watched = watchList != null && watchList[0].equals("ACTIVE")
                    && !LocalDate.parse(watchList[1]).isAfter(date);
            return new LoanAssessment.Context("BBB", ratingPd != null ? currentGrade : null, SICR_NOTCHES, watched,
                    openDefault, Optional.ofNullable(observation), judgment);
        }
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
                        List.<Object[]>of(new Object[]{"5540.84", "2009-02-01", "CNY"}), null, 60),
                // IFRS 9 stage 2 beyond 30 DPD: a downgrade of SICR_NOTCHES notches since origination, the watch list
                new Case("downgraded three notches BBB to CCC, pays on time", schedule(),
                        List.<Object[]>of(new Object[]{"6000.00", "2009-02-01", "CNY"}), "0.0600", 0, "CCC", null, false,
                        null, null),
                new Case("downgraded two notches BBB to B, first installment paid", schedule(),
                        List.<Object[]>of(new Object[]{"1120.50", "2009-02-15", "CNY"}), "0.0200", 0, "B", null, false,
                        null, null),
                new Case("upgraded BBB to A", schedule(), none, "0.0012", 0, "A", null, false, null, null),
                new Case("a grade off the scale", schedule(), none, "0.0100", 0, "BB+", null, false, null, null),
                new Case("watch-listed from 2009-03-20", schedule(),
                        List.<Object[]>of(new Object[]{"6000.00", "2009-02-01", "CNY"}), null, 0, null,
                        new String[]{"ACTIVE", "2009-03-20"}, false, null, null),
                new Case("taken off the watch list", schedule(), none, null, 0, null,
                        new String[]{"REMOVED", "2009-01-20"}, false, null, null),
                // credit-impaired while a default episode is open, even below 90 DPD
                new Case("in an open default episode, part paid", schedule(),
                        List.<Object[]>of(new Object[]{"2200.75", "2009-03-01", "CNY"}), null, 90, null, null, true,
                        null, null),
                // restructured assets, Arts. 17-21
                new Case("restructured from normal, observed until 2009-05-15", schedule(),
                        List.<Object[]>of(new Object[]{"2200.75", "2009-03-15", "CNY"}, new Object[]{"1040.10", "2009-04-15", "CNY"}),
                        null, 0, null, null, false,
                        new Restructuring.Observation(LocalDate.parse("2009-02-15"), LocalDate.parse("2009-05-15"), 12,
                                LoanCategory.NORMAL, null), null),
                new Case("restructured from doubtful, pays everything", schedule(),
                        List.<Object[]>of(new Object[]{"6000.00", "2009-02-01", "CNY"}), null, 0, null, null, false,
                        new Restructuring.Observation(LocalDate.parse("2009-02-15"), LocalDate.parse("2010-02-15"), 12,
                                LoanCategory.DOUBTFUL, null), null),
                new Case("restructured, observation already over", schedule(), none, null, 0, null, null, false,
                        new Restructuring.Observation(LocalDate.parse("2008-02-15"), LocalDate.parse("2009-02-15"), 12,
                                LoanCategory.SUBSTANDARD, LocalDate.parse("2009-02-15")), null),
                // a risk manager's judgment only makes it worse
                new Case("judged doubtful, pays on time", schedule(),
                        List.<Object[]>of(new Object[]{"6000.00", "2009-02-01", "CNY"}), null, 0, null, null, false,
                        null, LoanCategory.DOUBTFUL),
                new Case("judged special mention, nothing paid", schedule(), none, "0.0300", 0, "BB", null, false, null,
                        LoanCategory.SPECIAL_MENTION));
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
                    .execute(Tuple.of(date, ids, 1, GRACE_DAYS, SICR_NOTCHES)).await().indefinitely();
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
                c.schedule(), payments, date, GRACE_DAYS, c.context(date));
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
        // a default now is exactly more than 90 DPD (LoanClassification.isDefault) outside an open episode; an open
        // episode ends at 0 DPD
        assertEquals(!c.openDefault() && LoanClassification.isDefault(java.daysPastDue()), row.getBoolean("defaulted"),
                where + "defaulted");
        assertEquals(c.openDefault() && java.daysPastDue() == 0, row.getBoolean("restored"), where + "restored");
        assertEquals(java.otherSicr(), row.getBoolean("other_sicr"), where + "other SICR");
        assertEquals(java.observation().map(Restructuring.Observation::start).orElse(null),
                row.getLocalDate("observation_start_after"), where + "observation start");
        assertEquals(java.observation().map(Restructuring.Observation::until).orElse(null),
                row.getLocalDate("observation_until_after"), where + "observation until");
        assertEquals(java.observation().map(o -> o.endedOn() != null && o.endedOn().equals(date)).orElse(false)
                        && (c.observation() == null || c.observation().endedOn() == null),
                row.getBoolean("observation_ended"), where + "observation ended");
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
                                          booked_at, version, defaulted_on, judgment_category, judgment_reason,
                                          judgment_by, pre_restructuring_category, observation_start,
                                          observation_until, observation_months, observation_ended_on)
                        VALUES ($1, $2, $3, 5000.00, 'CNY', 0.0485, $4, $5, 'BBB', 0.0125, 0.45, 'REPAID', 0, $6, now(), 0,
                                $7, $8, $9, $10, $11, $12, $13, $14, $15)""")
                .execute(Tuple.tuple(java.util.Arrays.asList(loanId, UUID.randomUUID(), customerId, DISBURSED, MATURITY,
                        c.warningLevel(), c.openDefault() ? DISBURSED : null,
                        c.judgment() == null ? null : c.judgment().name(), c.judgment() == null ? null : "test judgment",
                        c.judgment() == null ? null : "risk.li",
                        c.observation() == null ? null : c.observation().priorCategory().name(),
                        c.observation() == null ? null : c.observation().start(),
                        c.observation() == null ? null : c.observation().until(),
                        c.observation() == null ? null : c.observation().months(),
                        c.observation() == null ? null : c.observation().endedOn())))
                .await().indefinitely();
        if (c.watchList() != null) {
            database.preparedQuery("""
                            INSERT INTO watch_list_entry (id, customer_id, status, reason, added_on, added_by, version)
                            VALUES ($1, $2, $3, 'test', $4, 'risk.li', 0)""")
                    .execute(Tuple.of(UUID.randomUUID(), customerId, c.watchList()[0], LocalDate.parse(c.watchList()[1])))
                    .await().indefinitely();
        }
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
                            VALUES ($1, $2, $3, $4, $5, now())""")
                    .execute(Tuple.tuple(List.of(customerId, UUID.randomUUID(), c.currentGrade(), new BigDecimal(c.ratingPd()),
                            DISBURSED)))
                    .await().indefinitely();
        }
        return loanId;
    }

    static Stream<Case> all() {
        return cases().stream();
    }
}
