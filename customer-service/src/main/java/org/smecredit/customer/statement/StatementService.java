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

    public StatementService(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
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
                .chain(previousVersions -> {
                    FinancialStatement s = new FinancialStatement();
                    s.id = UUID.randomUUID();
                    s.customerId = customerId;
                    s.periodEnd = r.periodEnd();
                    s.version = previousVersions.intValue() + 1;
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
                    StatementView view = StatementView.of(s);
                    return s.persist()
                            .chain(() -> audit.record(actor, s.version == 1 ? "statement.filed" : "statement.restated",
                                    "financial_statement", s.id, null, view))
                            .chain(() -> outbox.append(EventTypes.CUSTOMER_STATEMENT_FILED, customerId, new StatementFiled(
                                    customerId, s.id, s.periodEnd, s.version, s.audited, s.currency, s.totalAssets,
                                    s.totalLiabilities, s.totalEquity, s.currentAssets, s.currentLiabilities, s.revenue,
                                    s.operatingProfit, s.netProfit, s.interestExpense, s.operatingCashFlow)))
                            .replaceWith(view);
                });
    }

    @WithSession
    public Uni<List<StatementView>> list(UUID customerId) {
        return Customer.<Customer>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("customer", customerId))
                .chain(c -> FinancialStatement.<FinancialStatement>list("customerId", Sort.by("periodEnd").and("version"), customerId))
                .map(list -> list.stream().map(StatementView::of).toList());
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY);
    }
}
