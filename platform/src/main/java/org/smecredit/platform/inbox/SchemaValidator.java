package org.smecredit.platform.inbox;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.contracts.EventType;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks a consumed payload against the JSON Schema its contract publishes; a violation is a poison message. */
@ApplicationScoped
public class SchemaValidator {
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Formats (date, uuid, date-time) are asserted, not just annotated: 2027-02-30 is not a date. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

    public void validate(EventType<?> type, JsonNode payload) {
        Set<ValidationMessage> errors = schema(type).validate(payload);
        if (!errors.isEmpty()) {
            throw new PoisonMessageException("payload violates " + type.schemaResource() + ": "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
    }

    private JsonSchema schema(EventType<?> type) {
        return cache.computeIfAbsent(type.type(), t -> {
            InputStream in = EventType.class.getResourceAsStream(type.schemaResource());
            if (in == null) {
                throw new IllegalStateException("no schema on the classpath for " + t);
            }
            return factory.getSchema(in, CONFIG);
        });
    }
}
