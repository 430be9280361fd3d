package org.smecredit.origination.loan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.corebanking.v1.DisbursementRequested;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.origination.pricing.Rates;
import org.smecredit.origination.product.ProductCode;
import org.smecredit.origination.schedule.AmortizationSchedule;
import org.smecredit.origination.schedule.RepaymentType;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * Contracts and disburses loans, in the caller's transaction.
 * <ul>
 *   <li>{@link #contract}: on the borrower's acceptance, the loan at the accepted price with a provisional schedule of
 *   its repayment type from the contract date (business date) — no event, nothing paid out yet;</li>
 *   <li>{@link #disburse}: the payout. The schedule is rebuilt from the disbursement value date when that differs
 *   from the contract date, because interest runs from disbursement (a borrower pays no interest on money it has not
 *   received); then {@code origination.loan-disbursed.v1} for the loan book and the
 *   {@code corebanking.disbursement-requested.v1} instruction for core banking go to the outbox.</li>
 * </ul>
 */
@ApplicationScoped
public class LoanBooking {
    private final BusinessClock clock;
    private final Outbox outbox;
    private final AuditTrail audit;

    public LoanBooking(BusinessClock clock, Outbox outbox, AuditTrail audit) {
        this.clock = clock;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The terms of the loan to contract; rates and PD as decimals. */
    public record Terms(UUID applicationId, UUID customerId, ProductCode productCode, BigDecimal principal,
                        String currency, BigDecimal annualRate, int termMonths, String grade, BigDecimal pd,
                        BigDecimal lgd, RepaymentType repaymentType, BigDecimal securedShare) {
        public Terms {
            repaymentType = repaymentType == null ? RepaymentType.EQUAL_INSTALLMENT : repaymentType;
        }
    }

    /**
     * Contracts the loan: status CONTRACTED, drawable until {@code latestDrawdownDate}, schedule from today's business
     * date (provisional until the disbursement). Returns the loan.
     */
    public Uni<Loan> contract(Terms t, LocalDate latestDrawdownDate, Actor actor) {
        LocalDate today = clock.today();
        Loan loan = new Loan();
        loan.id = UUID.randomUUID();
        loan.applicationId = t.applicationId();
        loan.customerId = t.customerId();
        loan.productCode = t.productCode();
        loan.principal = t.principal();
        loan.currency = t.currency();
        loan.annualRate = Rates.normalize(t.annualRate());
        loan.termMonths = t.termMonths();
        loan.repaymentType = t.repaymentType();
        loan.securedShare = t.securedShare();
        loan.status = Loan.Status.CONTRACTED;
        loan.contractedOn = today;
        loan.latestDrawdownDate = latestDrawdownDate;
        loan.grade = t.grade();
        loan.pd = Rates.normalize(t.pd());
        loan.lgd = Rates.normalize(t.lgd());
        loan.disbursementInstructionId = UUID.randomUUID();
        loan.bookedAt = Instant.now();
        loan.bookedBy = actor.name();
        List<LoanInstallment> rows = schedule(loan, today);
        return loan.persist()
                .chain(() -> LoanInstallment.persist(rows))
                .chain(() -> audit.record(actor, "loan.contracted", "loan", loan.id, null, LoanView.of(loan, rows)))
                .replaceWith(loan);
    }

    /**
     * Pays out a CONTRACTED loan on {@code valueDate} (the caller checked it against the business date and the latest
     * drawdown date): status DISBURSED, schedule from the value date, the loan-disbursed event and the disbursement
     * instruction.
     */
    public Uni<Loan> disburse(UUID loanId, LocalDate valueDate, Actor actor) {
        return Loan.<Loan>findById(loanId).chain(loan -> LoanInstallment.<LoanInstallment>list("loanId",
                io.quarkus.panache.common.Sort.by("number"), loanId).chain(current -> {
            if (loan.status != Loan.Status.CONTRACTED) {
                throw org.smecredit.platform.problem.ProblemException.illegalTransition("loan", loan.status,
                        "be disbursed (only a CONTRACTED loan is)");
            }
            LoanView before = LoanView.of(loan, current);
            boolean rebuild = !valueDate.equals(loan.contractedOn);
            List<LoanInstallment> rows = rebuild ? schedule(loan, valueDate) : current;
            loan.status = Loan.Status.DISBURSED;
            loan.disbursedOn = valueDate;
            loan.disbursedAt = Instant.now();
            loan.disbursedBy = actor.name();
            Uni<Void> saved = rebuild
                    ? LoanInstallment.delete("loanId", loanId).chain(() -> LoanInstallment.persist(rows))
                    : Uni.createFrom().voidItem();
            List<LoanDisbursed.Installment> wire = rows.stream().map(i -> new LoanDisbursed.Installment(i.number,
                    i.dueDate, i.principal, i.interest)).toList();
            return saved
                    .chain(() -> audit.record(actor, "loan.disbursed", "loan", loan.id, before, LoanView.of(loan, rows)))
                    .chain(() -> outbox.append(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.id, new LoanDisbursed(
                            loan.id, loan.applicationId, loan.customerId, loan.principal, loan.currency,
                            Rates.normalize(loan.annualRate), loan.disbursedOn, loan.maturityDate, loan.grade,
                            Rates.normalize(loan.pd), Rates.normalize(loan.lgd), wire)))
                    .chain(() -> outbox.append(EventTypes.COREBANKING_DISBURSEMENT_REQUESTED, loan.id,
                            new DisbursementRequested(loan.disbursementInstructionId, loan.id, loan.customerId,
                                    loan.principal, loan.currency, loan.disbursedOn)))
                    .replaceWith(loan);
        }));
    }

    /** The schedule of the loan's repayment type from {@code start}; sets the payment and maturity on the loan. */
    private static List<LoanInstallment> schedule(Loan loan, LocalDate start) {
        List<AmortizationSchedule.Installment> schedule = AmortizationSchedule.of(loan.repaymentType, loan.principal,
                loan.annualRate, loan.termMonths, start);
        // the level payment of an annuity; for the other types the first installment's payment
        loan.monthlyPayment = loan.repaymentType == RepaymentType.EQUAL_INSTALLMENT
                ? AmortizationSchedule.levelPayment(loan.principal, loan.annualRate, loan.termMonths)
                : schedule.get(0).payment();
        loan.maturityDate = schedule.get(schedule.size() - 1).dueDate();
        List<LoanInstallment> rows = new ArrayList<>(schedule.size());
        for (AmortizationSchedule.Installment i : schedule) {
            LoanInstallment row = new LoanInstallment();
            row.loanId = loan.id;
            row.number = i.number();
            row.dueDate = i.dueDate();
            row.payment = i.payment();
            row.principal = i.principal();
            row.interest = i.interest();
            row.outstandingAfter = i.outstandingAfter();
            rows.add(row);
        }
        return rows;
    }
}
