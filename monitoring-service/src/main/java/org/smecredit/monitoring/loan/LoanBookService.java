package org.smecredit.monitoring.loan;

import static org.smecredit.monitoring.repayment.RepaymentService.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.monitoring.rating.CustomerPd;
import org.smecredit.monitoring.repayment.Repayment;
import org.smecredit.monitoring.repayment.RepaymentService;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.inbox.PoisonMessageException;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The loan book: books disbursed loans with their schedules and answers reads. */
@ApplicationScoped
public class LoanBookService {
    private static final Logger LOG = Logger.getLogger(LoanBookService.class);

    private final AuditTrail audit;
    private final RepaymentService repayments;

    public LoanBookService(AuditTrail audit, RepaymentService repayments) {
        this.audit = audit;
        this.repayments = repayments;
    }

    /**
     * Books a disbursed loan and its installments, then applies any repayment that arrived before it. Runs inside
     * the inbox transaction. A loan already booked (the event republished under a new id) has no second effect; a
     * schedule inconsistent with the loan can never be monitored correctly and is poison.
     */
    public Uni<Void> disbursed(LoanDisbursed e, Actor actor) {
        checkSchedule(e);
        return LoanLocks.lock(e.loanId())
                .chain(() -> Loan.<Loan>findById(e.loanId()))
                .chain(existing -> {
                    if (existing != null) {
                        LOG.infof("loan %s already booked; event ignored", e.loanId());
                        return Uni.createFrom().voidItem();
                    }
                    return book(e, actor);
                });
    }

    private Uni<Void> book(LoanDisbursed e, Actor actor) {
        Loan loan = new Loan();
        loan.id = e.loanId();
        loan.applicationId = e.applicationId();
        loan.customerId = e.customerId();
        loan.principal = money(e.principal(), "principal");
        loan.currency = e.currency();
        loan.annualRate = e.annualRate();
        loan.disbursedOn = e.disbursedOn();
        loan.maturityDate = e.maturityDate();
        loan.grade = e.grade();
        loan.pd = e.pd();
        loan.lgd = e.lgd();
        loan.status = LoanStatus.ACTIVE;
        loan.unappliedCredit = BigDecimal.ZERO.setScale(2);
        loan.warningLevel = 0;
        loan.bookedAt = Instant.now();
        List<Installment> installments = new ArrayList<>();
        for (LoanDisbursed.Installment s : e.schedule()) {
            Installment i = new Installment();
            i.loanId = loan.id;
            i.number = s.number();
            i.dueDate = s.dueDate();
            i.principalDue = money(s.principal(), "schedule principal");
            i.interestDue = money(s.interest(), "schedule interest");
            i.principalPaid = BigDecimal.ZERO.setScale(2);
            i.interestPaid = BigDecimal.ZERO.setScale(2);
            installments.add(i);
        }
        Installment.accumulateDueBefore(installments);
        return loan.persist()
                .chain(() -> Installment.persist(installments))
                .chain(() -> audit.record(actor, "loan.booked", "loan", loan.id, null, Map.of(
                        "customerId", loan.customerId, "principal", loan.principal, "currency", loan.currency,
                        "disbursedOn", loan.disbursedOn, "maturityDate", loan.maturityDate,
                        "installments", installments.size())))
                .chain(() -> Repayment.count("loanId", loan.id))
                .chain(pending -> pending == 0 ? Uni.createFrom().voidItem() : repayments.reallocate(loan, actor));
    }

    static void checkSchedule(LoanDisbursed e) {
        BigDecimal scheduled = BigDecimal.ZERO;
        Set<Integer> numbers = new HashSet<>();
        for (LoanDisbursed.Installment s : e.schedule()) {
            if (!numbers.add(s.number())) {
                throw new PoisonMessageException("loan " + e.loanId() + ": installment " + s.number() + " twice");
            }
            if (s.dueDate().isBefore(e.disbursedOn()) || s.dueDate().isAfter(e.maturityDate())) {
                throw new PoisonMessageException("loan " + e.loanId() + ": installment " + s.number() + " due "
                        + s.dueDate() + " outside " + e.disbursedOn() + ".." + e.maturityDate());
            }
            scheduled = scheduled.add(s.principal());
        }
        if (scheduled.compareTo(e.principal()) != 0) {
            throw new PoisonMessageException("loan " + e.loanId() + ": schedule principal " + scheduled.toPlainString()
                    + " differs from the principal " + e.principal().toPlainString());
        }
    }

    @WithSession
    public Uni<LoanView> get(UUID loanId) {
        return Loan.<Loan>findById(loanId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("loan", loanId))
                .chain(loan -> views(List.of(loan)))
                .map(list -> list.get(0));
    }

    @WithSession
    public Uni<List<LoanView>> byCustomer(UUID customerId) {
        return Loan.byCustomer(customerId).chain(this::views);
    }

    private Uni<List<LoanView>> views(List<Loan> loans) {
        if (loans.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = loans.stream().map(l -> l.id).toList();
        List<UUID> customers = loans.stream().map(l -> l.customerId).distinct().toList();
        return Installment.ofLoans(ids).chain(installments -> Repayment.ofLoans(ids).chain(payments ->
                CustomerPd.ofCustomers(customers).chain(pds -> lastAssessed(ids).map(assessed ->
                        loans.stream().map(l -> LoanView.of(l,
                                installments.stream().filter(i -> i.loanId.equals(l.id)).toList(),
                                payments.stream().filter(p -> p.loanId.equals(l.id)).toList(),
                                pds.get(l.customerId), assessed.get(l.id))).toList()))));
    }

    /**
     * The business date of each loan's last assessment: its latest loan_day row. The daily run rewrites a loan's
     * row only when its state moved, so the loan's own assessed_on is the date of its last change. loan_day is keyed
     * by (business_date, loan_id), and every row belongs to a run: the join from daily_run probes the key once per
     * run date instead of scanning the history.
     */
    private static Uni<java.util.Map<UUID, java.time.LocalDate>> lastAssessed(List<UUID> ids) {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .chain(s -> s.createSelectionQuery(
                                "select d.loanId, max(d.businessDate) from DailyRun r "
                                        + "join LoanDay d on d.businessDate = r.businessDate "
                                        + "where d.loanId in :ids group by d.loanId",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList())
                .map(rows -> {
                    java.util.Map<UUID, java.time.LocalDate> m = new java.util.HashMap<>();
                    rows.forEach(r -> m.put((UUID) r[0], (java.time.LocalDate) r[1]));
                    return m;
                });
    }
}
