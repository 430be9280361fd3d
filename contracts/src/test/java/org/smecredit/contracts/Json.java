package org.smecredit.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Test helpers: the services' JSON mapping and the two ways the schemas are applied. */
final class Json {
    /** Maps payloads as the services do (Quarkus' ObjectMapper plus USE_BIG_DECIMAL_FOR_FLOATS on the consumer side). */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * Reads JSON trees without stripping trailing zeros of decimals (Jackson's default since 2.15 turns 104850.00
     * into 1.0485E+5 in a tree), so that tree → record keeps the scale of amounts. A consumer that validates the
     * tree and then maps it needs this.
     */
    static final ObjectMapper EXACT_TREES = MAPPER.copy()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** As consumers read payloads: fields added by a newer producer are ignored. */
    static final ObjectMapper LENIENT = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** {@code format} asserted (uuid, date, date-time), not only annotated. */
    static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private Json() {
    }

    static JsonNode resource(String path) {
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no classpath resource " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = Json.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no classpath resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String samplePath(EventType<?> type) {
        return "/samples/" + type.type() + ".json";
    }

    static ObjectNode sample(EventType<?> type) {
        return (ObjectNode) resource(samplePath(type));
    }

    /** The schema with format assertions on. */
    static JsonSchema strictSchema(EventType<?> type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            return FACTORY.getSchema(in, STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema as the platform's consumers load it: {@code factory.getSchema(InputStream)}, default config. */
    static JsonSchema defaultSchema(EventType<?> type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(EventType<?> type, JsonNode payload) {
        return strictSchema(type).validate(payload);
    }
}
