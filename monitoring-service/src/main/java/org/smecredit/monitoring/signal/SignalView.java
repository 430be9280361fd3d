package org.smecredit.monitoring.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An early-warning signal as the API shows it (and as the audit trail records it). */
public record SignalView(UUID signalId, UUID loanId, UUID customerId, String signalType, String severity,
                         String evidence, BigDecimal measured, BigDecimal threshold, LocalDate raisedOn,
                         Instant raisedAt, SignalStatus status, UUID watchListEntryId, String acknowledgedBy,
                         Instant acknowledgedAt, String acknowledgementNote, String resolvedBy, Instant resolvedAt,
                         String resolutionNote) {

    public static SignalView of(EarlyWarningSignal s) {
        return new SignalView(s.id, s.loanId, s.customerId, s.signalType, s.severity, s.evidence, s.measured,
                s.threshold, s.raisedOn, s.raisedAt, s.status, s.watchListEntryId, s.acknowledgedBy, s.acknowledgedAt,
                s.acknowledgementNote, s.resolvedBy, s.resolvedAt, s.resolutionNote);
    }
}
