package org.smecredit.collections.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recovery as the API answers it; amounts in {@code currency}, scale 2. */
public record RecoveryView(UUID id, UUID caseId, BigDecimal amount, String currency, RecoverySource source,
                           LocalDate valueDate, String reference, UUID repaymentId, BigDecimal recoveredToDate,
                           boolean afterClosure, Instant recordedAt, String recordedBy) {

    public static RecoveryView of(Recovery r) {
        return new RecoveryView(r.id, r.caseId, r.amount, r.currency, r.source, r.valueDate, r.reference,
                r.repaymentId, r.recoveredToDate, r.afterClosure, r.recordedAt, r.recordedBy);
    }
}
