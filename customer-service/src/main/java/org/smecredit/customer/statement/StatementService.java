package org.smecredit.customer.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventTypes;
import org.smecredit.contracts.customer.v1.StatementFiled;
import org.smecredit.customer.customer.Customer;
import org.smecredit.customer.customer.CustomerService;
import org.smecredit.platform.audit.AuditTrail;
import org.smecredit.platform.outbox.Outbox;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Actor;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StatementService {
    private final Outbox outbox;
    private final AuditTrail audit;

    private final CustomerService customers;

    public StatementService(Outbox outbox, AuditTrail audit, CustomerService customers) {
        this.outbox = outbox;
        this.audit = audit;
        this.customers = customers;
    }

    /** Files a statement, or restates a period already filed (a new version; history kept). */
    @WithTransaction
    public Uni<StatementView> file(UUID customerId, FileStatementRequest r, Actor actor) {
        var violations = StatementRules.violations(r);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "statement-inconsistent",
                    "Statement is inconsistent", violations.get(0).message(), violations));
        }
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(c -> FinancialStatement.count("customerId = ?1 and periodEnd = ?2", customerId, r.periodEnd()))
                .chain(previousVersions -> FinancialStatement.<FinancialStatement>find(
                                "customerId = ?1 and periodEnd < ?2", Sort.descending("periodEnd", "version"), customerId,
                                r.periodEnd()).firstResult()
                        .map(previousPeriod -> new Object[] {previousVersions, previousPeriod}))
                .chain(found -> {
                    long previousVersions = (Long) found[0];
                    FinancialStatement previousPeriod = (FinancialStatement) found[1];
                    FinancialStatement s = new FinancialStatement();
                    s.id = UUID.randomUUID();
                    s.customerId = customerId;
                    s.periodEnd = r.periodEnd();
                    s.version = (int) previousVersions + 1;
                    s.audited = r.audited();
                    s.currency = r.currency() == null ? "CNY" : r.currency();
                    s.totalAssets = money(r.totalAssets());
                    s.totalLiabilities = money(r.totalLiabilities());
                    s.totalEquity = money(r.totalEquity());
                    s.currentAssets = money(r.currentAssets());
                    s.currentLiabilities = money(r.currentLiabilities());
                    s.revenue = money(r.revenue());
                    s.operatingProfit = money(r.operatingProfit());
                    s.netProfit = money(r.netProfit());
                    s.interestExpense = money(r.interestExpense());
                    s.operatingCashFlow = money(r.operatingCashFlow());
                    s.filedAt = Instant.now();
                    s.filedBy = actor.name();
                    StatementView view = StatementView.of(s, previousPeriod);
                    return s.persist()
                            .chain(() -> audit.record(actor, s.version == 1 ? "statement.filed" : "statement.restated",
                                    "financial_statement", s.id, null, view))
                            .chain(() -> outbox.append(EventTypes.CUSTOMER_STATEMENT_FILED, customerId, new StatementFiled(
                                    customerId, s.id, s.periodEnd, s.version, s.audited, s.currency, s.totalAssets,
                                    s.totalLiabilities, s.totalEquity, s.currentAssets, s.currentLiabilities, s.revenue,
                                    s.operatingProfit, s.netProfit, s.interestExpense, s.operatingCashFlow)))
                            .chain(() -> customers.reclassifyOnStatement(customerId, s.periodEnd, s.revenue,
                                    s.totalAssets, actor))
                            .replaceWith(view);
                });
    }

    @WithSession
    public Uni<List<StatementView>> list(UUID customerId) {
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(c -> FinancialStatement.<FinancialStatement>list("customerId", Sort.by("periodEnd").and("version"), customerId))
                .map(StatementService::withRatios);
    }

    /** Views in period order; each statement's growth is against the latest version of the period before it. */
    static List<StatementView> withRatios(List<FinancialStatement> byPeriodAndVersion) {
        List<StatementView> out = new java.util.ArrayList<>();
        FinancialStatement previousPeriod = null;
        FinancialStatement latestOfThisPeriod = null;
        for (FinancialStatement s : byPeriodAndVersion) {
            if (latestOfThisPeriod != null && !latestOfThisPeriod.periodEnd.equals(s.periodEnd)) {
                previousPeriod = latestOfThisPeriod;
            }
            latestOfThisPeriod = s;
            out.add(StatementView.of(s, previousPeriod));
        }
        return out;
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }
}
