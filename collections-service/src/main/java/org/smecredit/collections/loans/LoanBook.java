package org.smecredit.collections.loans;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.contracts.monitoring.v1.LoanClassified;
import org.smecredit.contracts.origination.v1.LoanDisbursed;
import org.smecredit.platform.inbox.IncomingEvent;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.security.Actor;

import io.smallrye.mutiny.Uni;

/** Keeps the local copy of disbursed loans that cases refer to. */
@ApplicationScoped
public class LoanBook {
    private static final Logger LOG = Logger.getLogger(LoanBook.class);

    private final AuditTrail audit;

    public LoanBook(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Records a disbursed loan. Runs inside the inbox transaction of the consumer. A loan already known is left
     * as it is: disbursement facts do not change.
     */
    public Uni<Void> onLoanDisbursed(LoanDisbursed d, Actor actor) {
        return Loan.<Loan>findById(d.loanId()).chain(existing -> {
            if (existing != null) {
                LOG.debugf("loan %s already known", d.loanId());
                return Uni.createFrom().voidItem();
            }
            Loan loan = new Loan();
            loan.id = d.loanId();
            loan.customerId = d.customerId();
            loan.principal = d.principal().setScale(2, RoundingMode.HALF_UP);
            loan.currency = d.currency();
            loan.annualRate = d.annualRate();
            loan.disbursedOn = d.disbursedOn();
            loan.maturityDate = d.maturityDate();
            loan.recordedAt = Instant.now();
            return loan.persist()
                    .chain(() -> audit.record(actor, "loan.recorded", "loan", loan.id, null, Map.of(
                            "customerId", loan.customerId, "principal", loan.principal, "currency", loan.currency,
                            "disbursedOn", loan.disbursedOn, "maturityDate", loan.maturityDate)));
        });
    }

    /**
     * Keeps the loan's latest classification. Runs inside the inbox transaction of the consumer. A report older
     * than the one kept (topics are consumed independently; a daily run may be replayed) changes nothing.
     */
    public Uni<Void> onLoanClassified(IncomingEvent event, LoanClassified c, Actor actor) {
        return LoanClassification.<LoanClassification>findById(c.loanId()).chain(existing -> {
            if (existing != null && existing.asOf.isAfter(c.asOf())) {
                LOG.infof("classification of loan %s as of %s is older than the one kept (%s)", c.loanId(), c.asOf(),
                        existing.asOf);
                return Uni.createFrom().voidItem();
            }
            LoanClassification row = existing == null ? new LoanClassification() : existing;
            row.loanId = c.loanId();
            row.customerId = c.customerId();
            row.category = c.category();
            row.daysPastDue = c.daysPastDue();
            row.stage = c.stage();
            row.outstandingPrincipal = c.outstandingPrincipal().setScale(2, RoundingMode.HALF_UP);
            row.asOf = c.asOf();
            row.eventId = event.id();
            row.recordedAt = Instant.now();
            return (existing == null ? row.persist().replaceWithVoid() : Uni.createFrom().voidItem())
                    .chain(() -> audit.record(actor, "loan.classified", "loan", row.loanId, null, Map.of(
                            "category", row.category, "daysPastDue", row.daysPastDue, "asOf", row.asOf)));
        });
    }
}
