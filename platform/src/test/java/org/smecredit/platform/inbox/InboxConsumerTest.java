package org.smecredit.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.smecredit.contracts.CloudEventHeaders;

class InboxConsumerTest {

    static ConsumerRecord<String, String> record(String id, String type, String source, String time) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("sme.customer.events", 3, 17L, "key", "{}");
        if (id != null) {
            r.headers().add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
        }
        if (type != null) {
            r.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        if (source != null) {
            r.headers().add(CloudEventHeaders.SOURCE, source.getBytes(StandardCharsets.UTF_8));
        }
        if (time != null) {
            r.headers().add(CloudEventHeaders.TIME, time.getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    @Test
    void readsTheCloudEventsAttributesFromTheHeaders() {
        UUID id = UUID.randomUUID();
        IncomingEvent e = InboxConsumer.attributes(record(id.toString(), "customer.registered.v1", "/smecredit/customer-service",
                "2026-11-27T12:00:00Z"));
        assertEquals(id, e.id());
        assertEquals("customer.registered.v1", e.type());
        assertEquals(3, e.partition());
        assertEquals(17L, e.offset());
    }

    @Test
    void treatsMissingOrMalformedAttributesAsPoison() {
        assertThrows(PoisonMessageException.class, () -> InboxConsumer.attributes(record(null, "t", "s", null)));
        assertThrows(PoisonMessageException.class, () -> InboxConsumer.attributes(record("x", null, "s", null)));
        assertThrows(PoisonMessageException.class, () -> InboxConsumer.attributes(record("not-a-uuid", "t", "s", null)));
        assertThrows(PoisonMessageException.class,
                () -> InboxConsumer.attributes(record(UUID.randomUUID().toString(), "t", "s", "yesterday")));
    }
}
