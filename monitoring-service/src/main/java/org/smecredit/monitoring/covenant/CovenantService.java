package org.smecredit.monitoring.covenant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.smecredit.monitoring.config.MonitoringConfig;
import org.smecredit.monitoring.customer.FinancialStatement;
import org.smecredit.monitoring.loan.Loan;
import org.smecredit.monitoring.loan.LoanLocks;
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
 * Financial covenants per loan, and the statement-driven signals: each statement the borrower files is tested
 * against the covenants of its active loans (COVENANT_BREACH per breached covenant, with the figures) and against
 * the same period a year earlier (REVENUE_FALL).
 */
@ApplicationScoped
public class CovenantService {
    private static final Logger LOG = Logger.getLogger(CovenantService.class);

    private final AuditTrail audit;
    private final BusinessClock clock;
    private final SignalService signals;
    private final MonitoringConfig config;

    public CovenantService(AuditTrail audit, BusinessClock clock, SignalService signals, MonitoringConfig config) {
        this.audit = audit;
        this.clock = clock;
        this.signals = signals;
        this.config = config;
    }

    /** Replaces the loan's covenants with {@code set}; 404 for an unknown loan, 409 for a loan no longer active. */
    @WithTransaction
    public Uni<CovenantRequests.LoanCovenants> replace(UUID loanId, CovenantRequests.CovenantSet set, Actor actor) {
        Set<CovenantKind> seen = new HashSet<>();
        for (int i = 0; i < set.covenants().size(); i++) {
            if (!seen.add(set.covenants().get(i).kind())) {
                throw ProblemException.badRequest("covenants[" + i + "].kind",
                        "covenant " + set.covenants().get(i).kind() + " is given twice");
            }
        }
        return LoanLocks.lock(loanId)
                .chain(() -> Loan.<Loan>findById(loanId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("loan", loanId))
                .chain(loan -> {
                    if (loan.status != LoanStatus.ACTIVE) {
                        return Uni.createFrom().failure(ProblemException.conflict("loan-not-active",
                                "loan " + loanId + " is " + loan.status + "; covenants apply to active loans"));
                    }
                    return covenantsOf(loanId).chain(held -> {
                        List<CovenantRequests.CovenantView> before = held.stream().map(CovenantRequests.CovenantView::of).toList();
                        // update in place, add the new kinds, drop the kinds no longer set
                        Map<CovenantKind, LoanCovenant> byKind = new java.util.EnumMap<>(CovenantKind.class);
                        held.forEach(c -> byKind.put(c.kind, c));
                        List<LoanCovenant> result = new ArrayList<>();
                        for (CovenantRequests.Covenant c : set.covenants()) {
                            LoanCovenant lc = byKind.remove(c.kind());
                            if (lc == null) {
                                lc = new LoanCovenant();
                                lc.loanId = loanId;
                                lc.kind = c.kind();
                            }
                            lc.limit = c.limit();
                            lc.setAt = clock.now();
                            lc.setBy = actor.name();
                            result.add(lc);
                        }
                        List<LoanCovenant> dropped = new ArrayList<>(byKind.values());
                        result.sort(java.util.Comparator.comparing(c -> c.kind));
                        List<CovenantRequests.CovenantView> after = result.stream().map(CovenantRequests.CovenantView::of).toList();
                        return SignalService.sequentially(dropped, c -> c.delete())
                                .chain(() -> SignalService.sequentially(result.stream().filter(c -> !held.contains(c)).toList(),
                                        c -> c.<LoanCovenant>persist()))
                                .chain(() -> audit.record(actor, "loan-covenants.set", "loan", loanId,
                                        Map.of("covenants", before), Map.of("covenants", after)))
                                .replaceWith(new CovenantRequests.LoanCovenants(loanId, after));
                    });
                });
    }

    @WithSession
    public Uni<CovenantRequests.LoanCovenants> get(UUID loanId) {
        return Loan.<Loan>findById(loanId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("loan", loanId))
                .chain(loan -> covenantsOf(loanId))
                .map(list -> new CovenantRequests.LoanCovenants(loanId,
                        list.stream().map(CovenantRequests.CovenantView::of).toList()));
    }

    /**
     * A statement was filed (inside the inbox transaction): tests it against the covenants of the borrower's active
     * loans and against the same period a year earlier. Only the latest version held of a period is judged (an
     * older version delivered late is not); signals are keyed by statement, so a redelivery raises nothing twice.
     */
    public Uni<List<EarlyWarningSignal>> statementFiled(FinancialStatement s, Actor actor) {
        var today = clock.today();
        return SignalService.activeLoansOf(s.customerId, today).chain(loans -> {
            if (loans.isEmpty()) {
                return Uni.createFrom().item(List.<EarlyWarningSignal>of());
            }
            return FinancialStatement.latestOf(s.customerId, s.periodEnd.minusYears(1)).chain(previous -> {
                List<NewSignal> out = new ArrayList<>();
                Uni<Void> acc = Uni.createFrom().voidItem();
                for (Loan loan : loans) {
                    acc = acc.chain(() -> covenantsOf(loan.id).invoke(covenants -> {
                        for (LoanCovenant c : covenants) {
                            CovenantKind.Test t = c.kind.test(s, c.limit);
                            if (t == null) {
                                LOG.infof("statement %s lacks the figures for covenant %s of loan %s", s.statementId,
                                        c.kind, loan.id);
                            } else if (t.breached()) {
                                out.add(new NewSignal(loan, SignalType.COVENANT_BREACH, Severity.HIGH,
                                        breachEvidence(s, t), t.measured(), t.limit(), today,
                                        c.kind + ":" + s.statementId));
                            }
                        }
                        BigDecimal fall = previous == null || !previous.currency.equals(s.currency) ? null
                                : RevenueFall.sharpFall(s.revenue, previous.revenue, config.signals().revenueFallThreshold());
                        if (fall != null) {
                            out.add(new NewSignal(loan, SignalType.REVENUE_FALL, Severity.MEDIUM,
                                    "Revenue " + s.currency + " " + s.revenue + " for the period ending " + s.periodEnd
                                            + " (statement " + s.statementId + " v" + s.version + ") is "
                                            + fall.movePointRight(2).setScale(2, RoundingMode.HALF_UP) + " % below "
                                            + previous.revenue + " a year earlier (period ending " + previous.periodEnd
                                            + "); threshold " + config.signals().revenueFallThreshold().movePointRight(2)
                                            .stripTrailingZeros().toPlainString() + " %",
                                    fall, config.signals().revenueFallThreshold(), today, s.statementId.toString()));
                        }
                    }).replaceWithVoid());
                }
                return acc.chain(() -> signals.raiseAll(out, actor));
            });
        });
    }

    private static String breachEvidence(FinancialStatement s, CovenantKind.Test t) {
        String measured = t.measured() == null ? "undefined (equity not positive)" : t.measured().toPlainString();
        return "Covenant " + t.kind() + " breached: " + t.kind().figure() + " " + measured + (t.kind().maximum
                ? " above the maximum " : " below the minimum ") + t.limit().toPlainString() + " (" + t.inputs()
                + "; statement " + s.statementId + " v" + s.version + ", period ending " + s.periodEnd + ")";
    }

    private static Uni<List<LoanCovenant>> covenantsOf(UUID loanId) {
        return LoanCovenant.list("loanId", Sort.by("kind"), loanId);
    }
}
