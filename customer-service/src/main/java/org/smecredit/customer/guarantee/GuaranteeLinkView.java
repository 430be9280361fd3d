package org.smecredit.customer.guarantee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record GuaranteeLinkView(UUID id, UUID guarantorId, UUID borrowerId, BigDecimal amount, LocalDate validFrom,
                                LocalDate validTo, Instant createdAt, String createdBy) {
    static GuaranteeLinkView of(GuaranteeLink l) {
        return new GuaranteeLinkView(l.id, l.guarantorId, l.borrowerId, l.amount, l.validFrom, l.validTo, l.createdAt,
                l.createdBy);
    }
}
