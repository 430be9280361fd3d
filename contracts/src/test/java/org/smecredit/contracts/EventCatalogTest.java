package org.smecredit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ValidationMessage;

/** The catalogue ({@link EventTypes}) is consistent, and asyncapi.yaml documents all of it. */
class EventCatalogTest {
    private static final Pattern TYPE_NAME = Pattern.compile("^[a-z]+\\.[a-z-]+\\.v[0-9]+$");
    /** Surefire runs in the module directory. */
    private static final Path ASYNCAPI = Path.of("asyncapi.yaml");

    private static String asyncApiText;
    private static JsonNode asyncApi;

    @BeforeAll
    static void readAsyncApi() throws IOException {
        asyncApiText = Files.readString(ASYNCAPI);
        asyncApi = new ObjectMapper(new YAMLFactory()).readTree(asyncApiText);
    }

    static Stream<EventType<?>> types() {
        return EventTypes.ALL.stream();
    }

    static Set<String> topicConstants() {
        Set<String> topics = new TreeSet<>();
        for (Field f : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class) {
                try {
                    topics.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }

    // ------------------------------------------------------------------------------------------------ catalogue

    @Test
    void typeNamesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (EventType<?> t : EventTypes.ALL) {
            assertTrue(seen.add(t.type()), "duplicate type " + t.type());
        }
        assertEquals(EventTypes.ALL.size(), EventTypes.ALL.stream().map(EventType::payload).distinct().count(),
                "one payload record per type");
    }

    @Test
    void everyConstantIsInAll() throws IllegalAccessException {
        List<Object> constants = new ArrayList<>();
        for (Field f : EventTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == EventType.class) {
                constants.add(f.get(null));
            }
        }
        assertEquals(Set.copyOf(constants), Set.copyOf(EventTypes.ALL));
        assertEquals(constants.size(), EventTypes.ALL.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void typeIsWellFormed(EventType<?> type) {
        assertTrue(TYPE_NAME.matcher(type.type()).matches(), type.type() + " does not match " + TYPE_NAME);
        assertTrue(topicConstants().contains(type.topic()), type.topic() + " is not a Topics constant");
        assertTrue(type.payload().isRecord(), type.payload() + " is not a record");
        assertEquals("/schemas/" + type.type() + ".json", type.schemaResource());
        assertEquals("urn:smecredit:schema:" + type.type(), type.dataSchema());
        assertSame(type, EventTypes.byName(type.type()).orElseThrow());
        // the version in the name matches the package, e.g. customer.registered.v1 → ...customer.v1
        String version = type.type().substring(type.type().lastIndexOf('.') + 1);
        assertTrue(type.payload().getPackageName().endsWith("." + version), type.payload() + " vs " + version);
    }

    @Test
    void unknownTypesAreNotFound() {
        assertTrue(EventTypes.byName("customer.registered.v99").isEmpty());
    }

    @Test
    void noOrphanSchemaOrSample() throws IOException {
        Set<String> expected = EventTypes.ALL.stream().map(t -> t.type() + ".json").collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, fileNames(Path.of("src/main/resources/schemas")), "schemas/ vs EventTypes.ALL");
        assertEquals(expected, fileNames(Path.of("src/test/resources/samples")), "samples/ vs EventTypes.ALL");
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    // ------------------------------------------------------------------------------------------------ asyncapi.yaml

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyTypeIsInAsyncApi(EventType<?> type) {
        assertTrue(asyncApiText.contains(type.type()), "asyncapi.yaml does not mention " + type.type());
    }

    @Test
    void asyncApiIsVersion3WithOneChannelPerTopic() {
        assertEquals("3.0.0", asyncApi.path("asyncapi").asText());
        assertEquals("1.0.0", asyncApi.path("info").path("version").asText());
        assertEquals("kafka", asyncApi.path("servers").path("local").path("protocol").asText());
        assertEquals("127.0.0.1:9092", asyncApi.path("servers").path("local").path("host").asText());
        List<String> addresses = new ArrayList<>();
        asyncApi.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertEquals(topicConstants(), new TreeSet<>(addresses), "channel addresses vs Topics");
        assertEquals(addresses.size(), new HashSet<>(addresses).size(), "one channel per topic");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void asyncApiMessageMatchesTheCatalogue(EventType<?> type) throws IOException {
        Map.Entry<String, JsonNode> message = message(type);
        JsonNode m = message.getValue();

        assertEquals("./src/main/resources/schemas/" + type.type() + ".json", m.path("payload").path("$ref").asText());
        assertTrue(Files.isRegularFile(Path.of(m.path("payload").path("$ref").asText())), "payload $ref must resolve");
        assertEquals("application/json", m.path("contentType").asText());

        JsonNode headers = m.path("headers").path("allOf");
        assertEquals("#/components/schemas/cloudEventHeaders", headers.path(0).path("$ref").asText());
        assertEquals(type.type(), headers.path(1).path("properties").path("ce_type").path("const").asText());
        assertEquals(type.dataSchema(), headers.path(1).path("properties").path("ce_dataschema").path("const").asText());

        // on the channel of its topic, and only there
        List<String> channels = new ArrayList<>();
        asyncApi.path("channels").properties().forEach(c -> {
            c.getValue().path("messages").properties().forEach(ref -> {
                if (ref.getValue().path("$ref").asText().equals("#/components/messages/" + message.getKey())) {
                    channels.add(c.getValue().path("address").asText());
                }
            });
        });
        assertEquals(List.of(type.topic()), channels, type.type() + " channels");

        // the Kafka key is the aggregate id the schema names, and a field of the record
        String key = m.path("bindings").path("kafka").path("key").path("description").asText();
        String schemaDescription = Json.resource(type.schemaResource()).path("description").asText();
        assertTrue(schemaDescription.endsWith("Kafka record key: " + key + "."), schemaDescription + " vs key " + key);
        assertTrue(Stream.of(type.payload().getRecordComponents()).anyMatch(c -> c.getName().equals(key)),
                key + " is not a field of " + type.payload().getSimpleName());
        assertTrue(Set.of("customerId", "loanId").contains(key), key);

        // ... and the key the record's javadoc states
        Path source = Path.of("src/main/java", type.payload().getName().replace('.', '/') + ".java");
        Matcher javadocKey = Pattern.compile("Key: (\\w+)\\.").matcher(Files.readString(source));
        assertTrue(javadocKey.find(), source + " states no key");
        assertEquals(javadocKey.group(1), key, source + " javadoc key");
    }

    @Test
    void operationsSendOnThePlatformTopicsAndReceiveRepayments() {
        Map<String, String> actionByAddress = new HashMap<>();
        asyncApi.path("operations").forEach(op -> {
            String channel = op.path("channel").path("$ref").asText().replace("#/channels/", "");
            String address = asyncApi.path("channels").path(channel).path("address").asText();
            String previous = actionByAddress.put(address, op.path("action").asText());
            assertTrue(previous == null, "two operations on " + address);
        });
        Map<String, String> expected = new HashMap<>();
        topicConstants().forEach(t -> expected.put(t, "send"));
        expected.put(Topics.COREBANKING_REPAYMENTS, "receive");
        assertEquals(expected, actionByAddress);
    }

    @Test
    void asyncApiExamplesSatisfyTheirSchemas() {
        int examples = 0;
        for (EventType<?> type : EventTypes.ALL) {
            for (JsonNode example : message(type).getValue().path("examples")) {
                examples++;
                Set<ValidationMessage> errors = Json.validate(type, example.path("payload"));
                assertTrue(errors.isEmpty(), () -> type.type() + " example: " + errors);
                assertEquals(type.type(), example.path("headers").path("ce_type").asText());
                assertEquals(type.dataSchema(), example.path("headers").path("ce_dataschema").asText());
            }
        }
        assertTrue(examples >= 2, "the core banking messages carry examples");
    }

    private static Map.Entry<String, JsonNode> message(EventType<?> type) {
        List<Map.Entry<String, JsonNode>> found = asyncApi.path("components").path("messages").properties().stream()
                .filter(e -> e.getValue().path("name").asText().equals(type.type()))
                .toList();
        assertEquals(1, found.size(), "messages named " + type.type() + " in asyncapi.yaml");
        return found.get(0);
    }
}
