package org.smecredit.rating.bench;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Benchmark only: sends the outbox's records to {@code <prefix><topic>} instead of the shared topic. */
public class BenchTopicInterceptor implements ProducerInterceptor<String, String> {
    static final String PREFIX_PROPERTY = "bench.topic-prefix";

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> r) {
        String prefix = System.getProperty(PREFIX_PROPERTY);
        if (prefix == null || r.topic().startsWith(prefix)) {
            return r;
        }
        return new ProducerRecord<>(prefix + r.topic(), r.partition(), r.timestamp(), r.key(), r.value(), r.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
