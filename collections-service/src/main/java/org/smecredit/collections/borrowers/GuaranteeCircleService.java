package org.smecredit.collections.borrowers;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.cases.CaseStatus;
import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * Guarantee-circle exposure of a case: Σ (exposure at default − recovered to date) over the OPEN cases of the other
 * firms in the borrower's circle (customer.guarantee-linked.v1). A default in a circle tends to spread along the
 * guarantees (shared/domain-facts.md, guarantee circles: contagion travels "not once but for several rounds"), so
 * the collector sees what else the bank is already collecting in the same circle before relying on a guarantor.
 */
@ApplicationScoped
public class GuaranteeCircleService {
    private final BorrowerBook borrowers;

    public GuaranteeCircleService(BorrowerBook borrowers) {
        this.borrowers = borrowers;
    }

    @WithSession
    public Uni<GuaranteeCircleExposure> of(UUID caseId) {
        return CollectionCase.<CollectionCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("collection case", caseId))
                .chain(c -> borrowers.circleOf(c.customerId).chain(circle -> {
                    List<UUID> others = circle.members().stream().filter(m -> !m.equals(c.customerId)).toList();
                    Uni<List<CollectionCase>> linked = others.isEmpty() ? Uni.createFrom().item(List.of())
                            : CollectionCase.<CollectionCase>list("customerId in :others and status = :open",
                                    Sort.by("openedOn").and("id"),
                                    Parameters.with("others", others).and("open", CaseStatus.OPEN));
                    return linked.map(cases -> {
                        List<GuaranteeCircleExposure.LinkedCase> rows = cases.stream()
                                .map(l -> new GuaranteeCircleExposure.LinkedCase(l.id, l.loanId, l.customerId,
                                        l.remainingExposure()))
                                .toList();
                        BigDecimal sum = rows.stream().map(GuaranteeCircleExposure.LinkedCase::remainingExposure)
                                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
                        return new GuaranteeCircleExposure(c.id, c.customerId, circle.members(), circle.hasCycle(),
                                rows, rows.size(), sum, c.currency);
                    });
                }));
    }
}
