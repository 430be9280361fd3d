package org.smecredit.customer.soft;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

public record SoftInformationView(UUID id, UUID customerId, SoftInformationKind kind, LocalDate observedOn, String source,
                                  String sourceReference, Assessment assessment, BigDecimal amount,
                                  Map<String, String> attributes, String summary, Instant recordedAt, String recordedBy) {
}
