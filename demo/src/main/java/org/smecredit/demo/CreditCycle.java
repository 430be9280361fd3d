package org.smecredit.demo;

import static org.smecredit.demo.Api.Service.COLLECTIONS;
import static org.smecredit.demo.Api.Service.CUSTOMER;
import static org.smecredit.demo.Api.Service.MONITORING;
import static org.smecredit.demo.Api.Service.ORIGINATION;
import static org.smecredit.demo.Api.Service.RATING;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.smecredit.platform.testing.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The credit cycle, end to end, through the services' REST APIs and core banking's Kafka topics: SMEs register
 * and file statements, are rated, apply, are approved and disbursed; core banking pays most installments and
 * misses others; monitoring's daily runs move the business calendar forward; one loan is classified down to
 * default and lands in collections; recoveries close the case. The demo prints it; the system tests assert it.
 */
public final class CreditCycle {
    static final Duration WAIT = Duration.ofSeconds(60);

    // the bank's people: demo users of the Keycloak realm (deploy/keycloak/sme-realm.json); tokens carry these roles
    public static final Api.User RM = new Api.User("rm.zhang.wei", "relationship-manager");
    public static final Api.User ANALYST = new Api.User("analyst.li.na", "credit-analyst");
    public static final Api.User APPROVER = new Api.User("approver.chen.gang", "credit-approver");
    public static final Api.User RISK = new Api.User("risk.liu.yang", "risk-manager");
    public static final Api.User COLLECTOR = new Api.User("col.wang.fang", "collections-officer");
    /** The second approver and risk manager, for maker-checker (four eyes). */
    public static final Api.User APPROVER_2 = new Api.User("approver.zhao.min", "credit-approver");
    public static final Api.User RISK_2 = new Api.User("risk.sun.hui", "risk-manager");
    public static final Api.User AUDITOR = new Api.User("auditor.xu.jing", "auditor");
    /** Core banking's service account (client credentials of the confidential client {@code core-banking}). */
    public static final Api.User CORE_BANKING = new Api.User("core-banking", "integration");

    /** One SME in the story: its balance sheet and P&L (CNY), its loan, and how many installments it pays. */
    public record Borrower(String legalName, String industryCode, String regionCode, int employees,
                           long totalAssets, long totalLiabilities, long currentAssets, long currentLiabilities,
                           long revenue, long operatingProfit, long netProfit, long interestExpense,
                           long operatingCashFlow, String product, long amount, int termMonths, String purpose,
                           int installmentsPaid) {
    }

    /** Three SMEs: two pay every installment, the third stops after two. */
    public static List<Borrower> borrowers() {
        return List.of(
                new Borrower("Changsha Precision Castings Co., Ltd.", "C33", "430100", 120,
                        60_000_000, 24_000_000, 30_000_000, 12_000_000, 90_000_000, 9_500_000, 7_000_000, 900_000,
                        8_000_000, "WORKING_CAPITAL", 2_000_000, 12, "raw materials for an export order", Integer.MAX_VALUE),
                new Borrower("Xiangjiang Fresh Logistics Co., Ltd.", "G54", "430100", 65,
                        38_000_000, 17_000_000, 16_000_000, 8_000_000, 52_000_000, 5_200_000, 3_900_000, 600_000,
                        4_800_000, "TERM_LOAN", 1_500_000, 24, "two refrigerated trucks", Integer.MAX_VALUE),
                new Borrower("Furong Garment Manufacturing Co., Ltd.", "C18", "430100", 80,
                        42_000_000, 18_000_000, 20_000_000, 9_000_000, 61_000_000, 5_600_000, 4_100_000, 700_000,
                        5_000_000, "WORKING_CAPITAL", 1_800_000, 12, "seasonal stock for autumn orders", 2));
    }

    /** What happened to one borrower, for printing and assertions. */
    public static final class Outcome {
        public final Borrower borrower;
        public UUID customerId;
        public JsonNode rating;
        public UUID applicationId;
        public JsonNode application;
        public UUID loanId;
        public JsonNode loan;
        public JsonNode collectionCase;
        public final List<UUID> bookings = new ArrayList<>();
        /** Core-banking bookings of recoveries (guarantor, collateral proceeds) after the default. */
        public final List<UUID> recoveries = new ArrayList<>();
        /** Installment numbers core banking has booked a payment for. */
        final Set<Integer> paidInstallments = new HashSet<>();

        Outcome(Borrower borrower) {
            this.borrower = borrower;
        }

        public boolean paysInstallment(int number) {
            return number <= borrower.installmentsPaid();
        }

        /** Whether this borrower stops paying before the end of its term (and so defaults). */
        public boolean defaults() {
            return borrower.installmentsPaid() < borrower.termMonths();
        }
    }

    private final Api api;
    private final CoreBankingSimulator coreBanking;
    private final PrintStream out;
    /** Whether the one re-sent booking of the story was sent. */
    private boolean redelivered;

    public CreditCycle(Api api, CoreBankingSimulator coreBanking, PrintStream out) {
        this.api = api;
        this.coreBanking = coreBanking;
        this.out = out;
    }

    public List<Outcome> run() {
        List<Outcome> outcomes = borrowers().stream().map(Outcome::new).toList();
        step("1. Relationship manager registers the SMEs and files their latest statements");
        for (Outcome o : outcomes) {
            register(o);
        }
        step("2. rating-service rates each SME from its statement (event-driven)");
        for (Outcome o : outcomes) {
            o.rating = api.await(ANALYST, RATING, "/api/ratings/" + o.customerId, r -> r.hasNonNull("grade"), WAIT);
            say("%-40s grade %-4s PD %s score %s", o.borrower.legalName(), o.rating.get("grade").asText(),
                    o.rating.get("pd").asText(), o.rating.get("score").asText());
        }
        step("3. Applications: decided on the rating, priced, booked and disbursed (core banking gets the instruction)");
        for (Outcome o : outcomes) {
            apply(o);
        }
        step("4. Months pass: core banking books repayments, monitoring's daily runs age and classify the book");
        simulateMonths(outcomes);
        step("5. The defaulted loan lands in collections");
        Outcome defaulter = defaulter(outcomes);
        JsonNode openCase = api.await(COLLECTOR, COLLECTIONS, "/api/cases?loanId=" + defaulter.loanId,
                cases -> cases.size() == 1, WAIT).get(0);
        say("case %s opened for %s: exposure at default %s CNY (principal %s + overdue interest %s), assigned to %s",
                shortId(openCase.get("id").asText()), defaulter.borrower.legalName(),
                openCase.get("exposureAtDefault").asText(), openCase.get("outstandingPrincipal").asText(),
                openCase.get("overdueInterest").asText(), openCase.get("assignedTo").asText());
        step("6. Recoveries: the guarantor pays part, collateral proceeds pay the rest; the case closes");
        recover(outcomes, defaulter, openCase);
        step("7. Final state of each loan");
        for (Outcome o : outcomes) {
            o.loan = api.get(RISK, MONITORING, "/api/monitoring/loans/" + o.loanId);
            JsonNode cases = api.get(COLLECTOR, COLLECTIONS, "/api/cases?loanId=" + o.loanId);
            o.collectionCase = cases.isEmpty() ? null : cases.get(0);
            printFinal(o);
        }
        step("8. The auditor reads the audit trail of the defaulted loan's application, through the gateway");
        JsonNode trail = api.get(AUDITOR, ORIGINATION, "/api/audit/origination?entityId=" + defaulter.applicationId);
        for (JsonNode e : trail) {
            say("%s  %-32s by %-22s request %s", e.get("occurredAt").asText(), e.get("action").asText(),
                    e.get("actor").asText(), e.path("requestId").asText("-"));
        }
        return outcomes;
    }

    /** The borrower of the story who stops paying. */
    public static Outcome defaulter(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::defaults).findFirst().orElseThrow();
    }

    private void register(Outcome o) {
        Borrower b = o.borrower;
        JsonNode c = api.post(RM, CUSTOMER, "/api/customers", Map.of("uscc", Fixtures.randomUscc(),
                "legalName", b.legalName(), "industryCode", b.industryCode(), "regionCode", b.regionCode(),
                "employees", b.employees(), "establishedOn", "2011-03-15"));
        o.customerId = UUID.fromString(c.get("id").asText());
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("periodEnd", LocalDate.now().withDayOfYear(1).minusDays(1).toString());
        statement.put("audited", true);
        statement.put("currency", "CNY");
        statement.put("totalAssets", money(b.totalAssets()));
        statement.put("totalLiabilities", money(b.totalLiabilities()));
        statement.put("totalEquity", money(b.totalAssets() - b.totalLiabilities()));
        statement.put("currentAssets", money(b.currentAssets()));
        statement.put("currentLiabilities", money(b.currentLiabilities()));
        statement.put("revenue", money(b.revenue()));
        statement.put("operatingProfit", money(b.operatingProfit()));
        statement.put("netProfit", money(b.netProfit()));
        statement.put("interestExpense", money(b.interestExpense()));
        statement.put("operatingCashFlow", money(b.operatingCashFlow()));
        api.post(RM, CUSTOMER, "/api/customers/" + o.customerId + "/statements", statement);
        say("%-40s USCC %s, statement %s filed", b.legalName(), c.get("uscc").asText(), statement.get("periodEnd"));
    }

    private void apply(Outcome o) {
        Borrower b = o.borrower;
        JsonNode a = api.post(RM, ORIGINATION, "/api/applications", Map.of("customerId", o.customerId,
                        "productCode", b.product(), "amount", money(b.amount()), "termMonths", b.termMonths(),
                        "purpose", b.purpose()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        o.applicationId = UUID.fromString(a.get("id").asText());
        JsonNode decided = api.await(RM, ORIGINATION, "/api/applications/" + o.applicationId,
                x -> !Set.of("DRAFT", "SUBMITTED", "AWAITING_RATING", "UNDER_REVIEW").contains(x.get("status").asText()),
                WAIT);
        if ("REFERRED".equals(decided.get("status").asText())) {
            say("%-40s referred (%s): the credit approver decides", b.legalName(), reasons(decided));
            api.post(APPROVER, ORIGINATION, "/api/applications/" + o.applicationId + "/approval",
                    Map.of("comment", "cash flow covers debt service; approved within branch authority"));
            decided = api.await(RM, ORIGINATION, "/api/applications/" + o.applicationId,
                    x -> "APPROVED".equals(x.get("status").asText()), WAIT);
        }
        if (!"APPROVED".equals(decided.get("status").asText())) {
            throw new IllegalStateException(b.legalName() + " was not financed: " + decided);
        }
        // approval is an offer: the borrower accepts the price it was shown (its relationship manager records it),
        // which contracts the loan; then the loan is disbursed on today's business date
        int priceVersion = decided.get("offer").get("priceVersion").asInt();
        say("%-40s offer: price version %d, open until %s; the borrower accepts", b.legalName(), priceVersion,
                decided.get("offer").get("expiresOn").asText());
        api.post(RM, ORIGINATION, "/api/applications/" + o.applicationId + "/acceptance",
                Map.of("priceVersion", priceVersion, "comment", "signed by the legal representative at the branch"));
        decided = api.post(RM, ORIGINATION, "/api/applications/" + o.applicationId + "/disbursement", Map.of(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        o.application = decided;
        if (!"DISBURSED".equals(decided.get("status").asText())) {
            throw new IllegalStateException(b.legalName() + " was not disbursed: " + decided);
        }
        o.loanId = UUID.fromString(decided.get("loanId").asText());
        JsonNode pricing = decided.get("pricing");
        say("%-40s %s %s CNY over %d months at %s (%s) -> loan %s", b.legalName(), b.product(), money(b.amount()),
                b.termMonths(), pricing == null ? "?" : pricing.path("annualRate").asText(), reasons(decided),
                shortId(o.loanId.toString()));
        // core banking books the loan from origination's record, with its own service account (client credentials)
        api.get(CORE_BANKING, ORIGINATION, "/api/loans/" + o.loanId);
        o.loan = api.await(RISK, MONITORING, "/api/monitoring/loans/" + o.loanId, l -> l.has("installments"), WAIT);
    }

    /**
     * Walks the calendar from disbursement through checkpoints around the missed installments: before each
     * checkpoint core banking books what the paying borrowers owe; then monitoring runs end of day.
     */
    private void simulateMonths(List<Outcome> outcomes) {
        LocalDate start = LocalDate.parse(outcomes.get(0).loan.get("disbursedOn").asText());
        Outcome defaulter = defaulter(outcomes);
        LocalDate firstMissed = LocalDate.parse(defaulter.loan.get("installments")
                .get(defaulter.borrower.installmentsPaid()).get("dueDate").asText());
        TreeSet<LocalDate> checkpoints = new TreeSet<>();
        for (int m = 1; m <= defaulter.borrower.installmentsPaid(); m++) {
            checkpoints.add(start.plusMonths(m).plusDays(1));
        }
        // DPD 1 (missed installment), 31 (IFRS 9 stage 2), 61, 91 (> 90: substandard, stage 3, default)
        for (int dpd : new int[] {1, 31, 61, 91}) {
            checkpoints.add(firstMissed.plusDays(dpd));
        }
        for (LocalDate day : checkpoints) {
            endOfDay(outcomes, day);
        }
    }

    /**
     * Core banking books every installment due by {@code day} of the borrowers who pay it (the first booking is sent
     * twice, as feeds do), monitoring has them all, then monitoring's end of day runs for {@code day}.
     */
    private JsonNode endOfDay(List<Outcome> outcomes, LocalDate day) {
        for (Outcome o : outcomes) {
            for (JsonNode inst : o.loan.get("installments")) {
                int n = inst.get("number").asInt();
                LocalDate due = LocalDate.parse(inst.get("dueDate").asText());
                if (!due.isAfter(day) && o.paysInstallment(n) && o.paidInstallments.add(n)) {
                    BigDecimal amount = inst.get("principalDue").decimalValue().add(inst.get("interestDue").decimalValue());
                    UUID booking = coreBanking.pay(o.loanId, amount, due, "installment " + n);
                    o.bookings.add(booking);
                    if (!redelivered) {
                        // core banking feeds re-send bookings now and then: no second effect
                        coreBanking.redeliver(booking, o.loanId, amount, due, "installment " + n);
                        say("core banking re-sent booking %s (installment %d of %s): it must count once",
                                shortId(booking.toString()), n, o.borrower.legalName());
                        redelivered = true;
                    }
                }
            }
        }
        for (Outcome o : outcomes) {
            int expected = o.bookings.size() + o.recoveries.size();
            api.await(RISK, MONITORING, "/api/monitoring/loans/" + o.loanId,
                    l -> l.get("repayments").size() == expected, WAIT);
        }
        JsonNode run = api.post(RISK, MONITORING, "/api/monitoring/daily-runs", Map.of("businessDate", day.toString()));
        say("end of day %s: %s loans assessed, by category %s, ECL %s CNY, %s classified, %s warnings, %s defaulted",
                day, run.path("loansAssessed").asText(), run.path("byCategory"), run.path("totalEcl").asText(),
                run.path("loansClassified").asText(), run.path("warningsRaised").asText(),
                run.path("loansDefaulted").asText());
        return run;
    }

    private void recover(List<Outcome> outcomes, Outcome defaulter, JsonNode openCase) {
        BigDecimal exposure = openCase.get("exposureAtDefault").decimalValue();
        BigDecimal guarantor = exposure.multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.HALF_UP);
        LocalDate defaultedOn = LocalDate.parse(openCase.get("openedOn").asText());
        String caseId = openCase.get("id").asText();
        defaulter.recoveries.add(coreBanking.pay(defaulter.loanId, guarantor, defaultedOn.plusDays(20), "guarantor payment"));
        JsonNode partly = api.await(COLLECTOR, COLLECTIONS, "/api/cases/" + caseId,
                c -> c.get("totalRecovered").decimalValue().compareTo(guarantor) == 0, WAIT);
        say("guarantor paid %s CNY: recovered %s of %s, case still %s", guarantor,
                partly.get("totalRecovered").asText(), exposure, partly.get("status").asText());
        BigDecimal rest = exposure.subtract(guarantor);
        LocalDate proceedsValueDate = defaultedOn.plusDays(75);
        defaulter.recoveries.add(coreBanking.pay(defaulter.loanId, rest, proceedsValueDate, "collateral auction proceeds"));
        JsonNode closed = api.await(COLLECTOR, COLLECTIONS, "/api/cases/" + caseId,
                c -> "CLOSED".equals(c.get("status").asText()), WAIT);
        say("collateral proceeds %s CNY: case %s, outcome %s, realized LGD %s", rest, closed.get("status").asText(),
                closed.get("outcome").asText(), closed.get("realizedLgd").asText());
        // monitoring's next end of day sees the recoveries: the accelerated loan is repaid, its default episode over
        endOfDay(outcomes, proceedsValueDate.plusDays(1));
    }

    private void printFinal(Outcome o) {
        JsonNode l = o.loan;
        say("%-40s loan %s %s: outstanding %s of %s, DPD %s, %s, stage %s, ECL %s%s", o.borrower.legalName(),
                shortId(o.loanId.toString()), l.get("status").asText(), l.get("outstandingPrincipal").asText(),
                l.get("principal").asText(), l.path("daysPastDue").asText(), l.path("category").asText(),
                l.path("stage").asText(), l.path("ecl").asText(),
                o.collectionCase == null ? "" : "; collection case " + o.collectionCase.get("status").asText()
                        + " " + o.collectionCase.path("outcome").asText() + ", recovered "
                        + o.collectionCase.get("totalRecovered").asText() + ", realized LGD "
                        + o.collectionCase.get("realizedLgd").asText());
    }

    private static String reasons(JsonNode application) {
        JsonNode decisions = application.get("decisions");
        if (decisions == null || decisions.isEmpty()) {
            return "no decision";
        }
        JsonNode last = decisions.get(decisions.size() - 1);
        List<String> r = new ArrayList<>();
        last.path("reasons").forEach(x -> r.add(x.asText()));
        return last.path("outcome").asText() + ": " + String.join("; ", r);
    }

    private void step(String title) {
        out.println();
        out.println("== " + title);
    }

    private void say(String format, Object... args) {
        out.println("   " + String.format(format, args));
    }

    static String money(long cny) {
        return BigDecimal.valueOf(cny).setScale(2).toPlainString();
    }

    static String shortId(String id) {
        return id.substring(0, 8);
    }
}
