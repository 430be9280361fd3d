package org.smecredit.monitoring.repayment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.corebanking.v1.RepaymentReceived;
import org.smecredit.monitoring.loan.Installment;
import org.smecredit.monitoring.loan.Loan;
import org.smecredit.monitoring.loan.LoanLocks;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.inbox.PoisonMessageException;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/**
 * Records core banking's repayments and keeps each loan's installments allocated. Handlers run inside the inbox
 * transaction (no own transaction here).
 */
@ApplicationScoped
public class RepaymentService {
    private static final Logger LOG = Logger.getLogger(RepaymentService.class);

    private final AuditTrail audit;

    public RepaymentService(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * A repayment booked by core banking. A repaymentId already recorded has no second effect, whatever CloudEvent
     * carried it; a repayment for a loan not booked here yet is kept pending and applied when the loan arrives.
     */
    public Uni<Void> received(RepaymentReceived r, Actor actor) {
        return LoanLocks.lock(r.loanId())
                .chain(() -> Repayment.<Repayment>findById(r.repaymentId()))
                .chain(existing -> {
                    if (existing != null) {
                        LOG.infof("repayment %s already recorded; redelivery ignored", r.repaymentId());
                        return Uni.createFrom().voidItem();
                    }
                    return Loan.<Loan>findById(r.loanId()).chain(loan -> record(r, loan, actor));
                });
    }

    private Uni<Void> record(RepaymentReceived r, Loan loan, Actor actor) {
        if (loan != null && !loan.currency.equals(r.currency())) {
            throw new PoisonMessageException("repayment " + r.repaymentId() + " in " + r.currency()
                    + " for loan " + loan.id + " in " + loan.currency);
        }
        Repayment p = new Repayment();
        p.repaymentId = r.repaymentId();
        p.loanId = r.loanId();
        p.amount = money(r.amount(), "amount");
        p.currency = r.currency();
        p.valueDate = r.valueDate();
        p.reference = r.reference();
        p.receivedAt = Instant.now();
        Map<String, Object> after = Map.of("repaymentId", p.repaymentId, "loanId", p.loanId, "amount", p.amount,
                "currency", p.currency, "valueDate", p.valueDate, "pending", loan == null);
        Uni<Void> persisted = p.persist()
                .chain(() -> audit.record(actor, loan == null ? "repayment.pending" : "repayment.received",
                        "repayment", p.repaymentId, null, after));
        return loan == null ? persisted : persisted.chain(() -> reallocate(loan, actor));
    }

    /** CNY amounts carry at most 2 decimals; anything finer can never be booked (poison). */
    public static BigDecimal money(BigDecimal v, String field) {
        try {
            return v.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new PoisonMessageException(field + " " + v.toPlainString() + " has more than 2 decimals");
        }
    }

    /**
     * Recomputes the allocation of all the loan's repayments (value date, then id) and stores paid amounts and
     * unapplied credit; marks pending repayments applied. Call with the loan's lock held.
     */
    public Uni<Void> reallocate(Loan loan, Actor actor) {
        return Installment.ofLoan(loan.id).chain(installments -> Repayment.ofLoan(loan.id).chain(repayments -> {
            List<Repayment> usable = repayments.stream().filter(p -> p.currency.equals(loan.currency)).toList();
            repayments.stream().filter(p -> !p.currency.equals(loan.currency)).forEach(p ->
                    LOG.warnf("repayment %s in %s left unapplied on loan %s in %s", p.repaymentId, p.currency,
                            loan.id, loan.currency));
            var result = RepaymentAllocation.allocate(
                    installments.stream().map(Installment::scheduled).toList(),
                    usable.stream().map(Repayment::payment).toList());
            Map<Integer, RepaymentAllocation.PaidInstallment> paid = new java.util.HashMap<>();
            result.installments().forEach(i -> paid.put(i.number(), i));
            BigDecimal principalPaidBefore = installments.stream().map(i -> i.principalPaid)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Installment i : installments) {
                var a = paid.get(i.number);
                i.principalPaid = a.principalPaid();
                i.interestPaid = a.interestPaid();
            }
            BigDecimal creditBefore = loan.unappliedCredit;
            loan.unappliedCredit = result.unappliedCredit();
            Instant now = Instant.now();
            usable.stream().filter(p -> p.appliedAt == null).forEach(p -> p.appliedAt = now);
            return audit.record(actor, "loan.repayments-allocated", "loan", loan.id,
                    Map.of("principalPaid", principalPaidBefore, "unappliedCredit", creditBefore),
                    Map.of("principalPaid", result.principalPaid(), "unappliedCredit", result.unappliedCredit(),
                            "repayments", usable.stream().map(p -> p.repaymentId).map(UUID::toString).toList()));
        }));
    }
}
