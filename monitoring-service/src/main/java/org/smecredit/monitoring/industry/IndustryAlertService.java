package org.smecredit.monitoring.industry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.monitoring.loan.Loan;
import org.smecredit.monitoring.loan.LoanStatus;
import org.smecredit.monitoring.signal.EarlyWarningSignal;
import org.smecredit.monitoring.signal.Severity;
import org.smecredit.monitoring.signal.SignalService;
import org.smecredit.monitoring.signal.SignalService.NewSignal;
import org.smecredit.monitoring.signal.SignalType;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.clock.BusinessClock;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Industry alerts: a risk manager flags an industry, and every active loan of a borrower in it (by the industry code
 * of its customer profile, prefix match) gets an INDUSTRY_ALERT signal of the alert's severity. Loans that enter the
 * book while the alert is open get theirs after the next daily run ({@link #catchUp}).
 */
@ApplicationScoped
public class IndustryAlertService {
    /** Active loans of the industry's borrowers that have no signal of the alert yet (?4 the key's prefix). */
    static final String LOANS_IN_INDUSTRY = "from Loan l where l.status = ?1 and l.disbursedOn <= ?2 and l.customerId in "
            + "(select p.customerId from CustomerProfile p where p.industryCode like ?3) and not exists "
            + "(select 1 from EarlyWarningSignal s where s.dedupKey = concat(?4, cast(l.id as String))) order by l.id";

    private final AuditTrail audit;
    private final BusinessClock clock;
    private final SignalService signals;

    public IndustryAlertService(AuditTrail audit, BusinessClock clock, SignalService signals) {
        this.audit = audit;
        this.clock = clock;
        this.signals = signals;
    }

    @WithTransaction
    public Uni<IndustryAlertRequests.AlertView> raise(IndustryAlertRequests.Raise request, Actor actor) {
        IndustryAlert a = new IndustryAlert();
        a.id = UUID.randomUUID();
        a.industryCode = request.industryCode();
        a.severity = request.severity().name();
        a.reason = request.reason();
        a.status = IndustryAlert.OPEN;
        a.raisedOn = clock.today();
        a.raisedBy = actor.name();
        return a.persist()
                .chain(() -> audit.record(actor, "industry-alert.raised", "industry_alert", a.id, null,
                        IndustryAlertRequests.AlertView.of(a, null)))
                .chain(() -> signalsFor(a, a.raisedOn, actor))
                .map(raised -> IndustryAlertRequests.AlertView.of(a, raised.size()));
    }

    @WithTransaction
    public Uni<IndustryAlertRequests.AlertView> close(UUID alertId, String note, Actor actor) {
        return alert(alertId).chain(a -> {
            var before = IndustryAlertRequests.AlertView.of(a, null);
            a.close(actor.name(), note, clock.today());
            var after = IndustryAlertRequests.AlertView.of(a, null);
            return audit.record(actor, "industry-alert.closed", "industry_alert", a.id, before, after).replaceWith(after);
        });
    }

    @WithSession
    public Uni<IndustryAlertRequests.AlertView> get(UUID alertId) {
        return alert(alertId).map(a -> IndustryAlertRequests.AlertView.of(a, null));
    }

    @WithSession
    public Uni<List<IndustryAlertRequests.AlertView>> list(String status) {
        Uni<List<IndustryAlert>> found = status == null
                ? IndustryAlert.list("order by raisedOn desc, id")
                : IndustryAlert.list("status = ?1 order by raisedOn desc, id", status);
        return found.map(l -> l.stream().map(a -> IndustryAlertRequests.AlertView.of(a, null)).toList());
    }

    /** After a daily run (inside its transaction): open alerts reach loans booked since they were raised. */
    public Uni<Integer> catchUp(LocalDate on, Actor actor) {
        return IndustryAlert.<IndustryAlert>list("status", Sort.by("raisedOn").and("id"), IndustryAlert.OPEN)
                .chain(open -> SignalService.sequentially(open, a -> signalsFor(a, on, actor)))
                .map(lists -> lists.stream().mapToInt(List::size).sum());
    }

    private Uni<List<EarlyWarningSignal>> signalsFor(IndustryAlert a, LocalDate on, Actor actor) {
        Severity severity = Severity.valueOf(a.severity);
        return Loan.<Loan>list(LOANS_IN_INDUSTRY, LoanStatus.ACTIVE, on, a.industryCode + "%",
                SignalType.INDUSTRY_ALERT.name() + ":" + a.id + ":").chain(loans -> {
            List<NewSignal> out = new ArrayList<>();
            for (Loan loan : loans) {
                out.add(new NewSignal(loan, SignalType.INDUSTRY_ALERT, severity,
                        "Industry alert " + a.id + " on industry " + a.industryCode + " (" + a.severity + ", raised "
                                + a.raisedOn + " by " + a.raisedBy + "): " + a.reason,
                        null, null, on, a.id.toString()));
            }
            return signals.raiseAll(out, actor);
        });
    }

    private static Uni<IndustryAlert> alert(UUID alertId) {
        return IndustryAlert.<IndustryAlert>findById(alertId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("industry alert", alertId));
    }
}
