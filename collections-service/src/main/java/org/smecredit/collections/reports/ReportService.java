package org.smecredit.collections.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.collections.cases.CaseStatus;
import org.smecredit.collections.cases.CollectionCase;
import org.smecredit.collections.strategy.StrategyChoice;
import org.smecredit.collections.strategy.StrategyInputs;
import org.smecredit.collections.strategy.StrategyInputsRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/**
 * Reads closed cases, the strategy in effect on each and its main collateral (the type of the largest appraised
 * value the collector entered for the strategy), and hands them to {@link RecoveryReport}.
 */
@ApplicationScoped
public class ReportService {
    private final ObjectMapper json;

    public ReportService(ObjectMapper json) {
        this.json = json;
    }

    private Optional<String> mainCollateral(StrategyInputs i) {
        try {
            StrategyInputsRequest r = json.readValue(i.inputs, StrategyInputsRequest.class);
            return r.collateral().stream()
                    .max(Comparator.comparing(StrategyInputsRequest.CollateralInput::appraisedValue))
                    .map(c -> c.type().name());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable strategy inputs of case " + i.caseId, e);
        }
    }

    @WithSession
    public Uni<RecoveryReport.Report> recovery(LocalDate closedFrom, LocalDate closedTo) {
        if (closedFrom != null && closedTo != null && closedTo.isBefore(closedFrom)) {
            return Uni.createFrom().failure(ProblemException.badRequest("closedTo", "must not be before closedFrom"));
        }
        StringBuilder where = new StringBuilder("status = :closed");
        Parameters p = Parameters.with("closed", CaseStatus.CLOSED);
        if (closedFrom != null) {
            where.append(" and closedOn >= :from");
            p.and("from", closedFrom);
        }
        if (closedTo != null) {
            where.append(" and closedOn <= :to");
            p.and("to", closedTo);
        }
        return CollectionCase.<CollectionCase>list(where.toString(), p).chain(cases -> {
            if (cases.isEmpty()) {
                return Uni.createFrom().item(RecoveryReport.of(List.of()));
            }
            List<UUID> ids = cases.stream().map(c -> c.id).toList();
            return StrategyInputs.<StrategyInputs>list("caseId in ?1", ids).chain(inputs -> StrategyChoice
                    .<StrategyChoice>list("caseId in ?1 and status = ?2", ids, StrategyChoice.Status.CHOSEN)
                    .map(choices -> {
                        Map<UUID, String> collateral = new HashMap<>();
                        inputs.forEach(i -> mainCollateral(i).ifPresent(t -> collateral.put(i.caseId, t)));
                        Map<UUID, StrategyChoice> inEffect = new HashMap<>();
                        Comparator<StrategyChoice> byEffect = Comparator.comparing(
                                (StrategyChoice s) -> s.decidedAt != null ? s.decidedAt : s.chosenAt);
                        for (StrategyChoice s : choices) {
                            inEffect.merge(s.caseId, s, (a, b) -> byEffect.compare(a, b) >= 0 ? a : b);
                        }
                        return RecoveryReport.of(cases.stream().map(c -> {
                            StrategyChoice s = inEffect.get(c.id);
                            return new RecoveryReport.ClosedCase(s == null ? null : s.strategy, c.outcome,
                                    c.exposureAtDefault, c.totalRecovered, c.openedOn, c.closedOn,
                                    collateral.get(c.id), c.assignedTo);
                        }).toList());
                    }));
        });
    }
}
