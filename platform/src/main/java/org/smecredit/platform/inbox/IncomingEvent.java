package org.smecredit.platform.inbox;

import java.time.Instant;
import java.util.UUID;

/** The CloudEvents attributes of a consumed record, handed to handlers beside the typed payload. */
public record IncomingEvent(UUID id, String type, String source, String subject, Instant time, String topic,
                            int partition, long offset) {
}
