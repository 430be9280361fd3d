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
 * Books the loan of an approved application: the contract terms, the schedule of its repayment type from today's business
 * date, the {@code origination.loan-disbursed.v1} event for the loan book and the
 * {@code corebanking.disbursement-requested.v1} instruction for core banking — all in the caller's transaction.
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

    /** The terms of the loan to book; rates and PD as decimals. */
    public record Terms(UUID applicationId, UUID customerId, ProductCode productCode, BigDecimal principal,
                        String currency, BigDecimal annualRate, int termMonths, String grade, BigDecimal pd,
                        BigDecimal lgd, RepaymentType repaymentType, BigDecimal securedShare) {
        public Terms {
            repaymentType = repaymentType == null ? RepaymentType.EQUAL_INSTALLMENT : repaymentType;
        }
    }

    /** Books and instructs disbursement. Runs inside the caller's transaction; returns the booked loan. */
    public Uni<Loan> book(Terms t, Actor actor) {
        LocalDate today = clock.today();
        List<AmortizationSchedule.Installment> schedule =
                AmortizationSchedule.of(t.repaymentType(), t.principal(), t.annualRate(), t.termMonths(), today);
        Loan loan = new Loan();
        loan.id = UUID.randomUUID();
        loan.applicationId = t.applicationId();
        loan.customerId = t.customerId();
        loan.productCode = t.productCode();
        loan.principal = t.principal();
        loan.currency = t.currency();
        loan.annualRate = Rates.normalize(t.annualRate());
        loan.termMonths = t.termMonths();
        // the level payment of an annuity; for the other types the first installment's payment
        loan.monthlyPayment = t.repaymentType() == RepaymentType.EQUAL_INSTALLMENT
                ? AmortizationSchedule.levelPayment(t.principal(), t.annualRate(), t.termMonths())
                : schedule.get(0).payment();
        loan.repaymentType = t.repaymentType();
        loan.securedShare = t.securedShare();
        loan.disbursedOn = today;
        loan.maturityDate = schedule.get(schedule.size() - 1).dueDate();
        loan.grade = t.grade();
        loan.pd = Rates.normalize(t.pd());
        loan.lgd = Rates.normalize(t.lgd());
        loan.disbursementInstructionId = UUID.randomUUID();
        loan.bookedAt = Instant.now();
        loan.bookedBy = actor.name();

        List<LoanInstallment> rows = new ArrayList<>(schedule.size());
        List<LoanDisbursed.Installment> wire = new ArrayList<>(schedule.size());
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
            wire.add(new LoanDisbursed.Installment(i.number(), i.dueDate(), i.principal(), i.interest()));
        }
        LoanView view = LoanView.of(loan, rows);
        return loan.persist()
                .chain(() -> LoanInstallment.persist(rows))
                .chain(() -> audit.record(actor, "loan.booked", "loan", loan.id, null, view))
                .chain(() -> outbox.append(EventTypes.ORIGINATION_LOAN_DISBURSED, loan.id, new LoanDisbursed(
                        loan.id, loan.applicationId, loan.customerId, loan.principal, loan.currency, loan.annualRate,
                        loan.disbursedOn, loan.maturityDate, loan.grade, loan.pd, loan.lgd, wire)))
                .chain(() -> outbox.append(EventTypes.COREBANKING_DISBURSEMENT_REQUESTED, loan.id,
                        new DisbursementRequested(loan.disbursementInstructionId, loan.id, loan.customerId,
                                loan.principal, loan.currency, loan.disbursedOn)))
                .replaceWith(loan);
    }
}
