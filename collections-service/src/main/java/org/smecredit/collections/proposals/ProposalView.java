package org.smecredit.collections.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ProposalView(UUID id, UUID caseId, ProposalKind kind, CaseProposal.Status status,
                           BigDecimal annualRate, Integer termMonths, BigDecimal principal, BigDecimal monthlyPayment,
                           LocalDate firstDueDate, String reason, String proposedBy, Instant proposedAt,
                           String decidedBy, Instant decidedAt, LocalDate decidedOn, String decisionComment) {

    public static ProposalView of(CaseProposal p) {
        return new ProposalView(p.id, p.caseId, p.kind, p.status, p.annualRate, p.termMonths, p.principal,
                p.monthlyPayment, p.firstDueDate, p.reason, p.proposedBy, p.proposedAt, p.decidedBy, p.decidedAt,
                p.decidedOn, p.decisionComment);
    }
}
