package org.smecredit.collections.actions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smecredit.collections.strategy.CollateralType;

/** A case action as the API answers it; fields that do not apply to its kind are null. */
public record ActionView(UUID id, UUID caseId, ActionKind kind, ActionStatus status, LocalDate occurredOn,
                         LocalDate dueDate, BigDecimal amount, String currency, ContactChannel channel,
                         LegalStepType legalStep, CollateralType collateralType, String counterpart, String reference,
                         String note, BigDecimal realizedAmount, BigDecimal costs, UUID recoveryId,
                         LocalDate outcomeOn, String outcomeNote, String outcomeBy, String recordedBy,
                         Instant recordedAt) {

    public static ActionView of(CaseAction a) {
        return new ActionView(a.id, a.caseId, a.kind, a.status, a.occurredOn, a.dueDate, a.amount, a.currency,
                a.channel, a.legalStep, a.collateralType, a.counterpart, a.reference, a.note, a.realizedAmount,
                a.costs, a.recoveryId, a.outcomeOn, a.outcomeNote, a.outcomeBy, a.recordedBy, a.recordedAt);
    }
}
