package org.smecredit.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;

/**
 * Each event type's JSON Schema is a valid draft 2020-12 schema that describes its record exactly, its sample
 * satisfies it, and the record's own JSON (sample → record → JSON) satisfies it again.
 */
class EventSchemaTest {
    private static final JsonSchema META_SCHEMA = Json.FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

    static Stream<EventType<?>> types() {
        return EventTypes.ALL.stream();
    }

    // ------------------------------------------------------------------------------------------------ the schema

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void schemaExistsAndIsAValid202012Schema(EventType<?> type) {
        assertNotNull(EventType.class.getResource(type.schemaResource()), "missing " + type.schemaResource());
        JsonNode schema = Json.resource(type.schemaResource());

        Set<ValidationMessage> errors = META_SCHEMA.validate(schema);
        assertTrue(errors.isEmpty(), () -> type.schemaResource() + " is not a valid 2020-12 schema: " + errors);

        assertEquals(SchemaId.V202012, schema.path("$schema").asText());
        assertEquals(type.dataSchema(), schema.path("$id").asText(), "$id must equal the ce_dataschema URI");
        assertFalse(schema.path("title").asText().isBlank(), "title");
        assertFalse(schema.path("description").asText().isBlank(), "description");
        assertEquals("object", schema.path("type").asText());
        assertTrue(schema.path("additionalProperties").asBoolean(false),
                "consumers must tolerate added optional fields: additionalProperties must be true");
        // it loads in the validator, with and without format assertions
        assertNotNull(Json.strictSchema(type));
        assertNotNull(Json.defaultSchema(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void schemaPropertiesAreExactlyTheRecordComponents(EventType<?> type) {
        JsonNode schema = Json.resource(type.schemaResource());
        assertDescribes(type.payload(), schema, schema, type.type());
    }

    /** Checks that {@code objectSchema} lists exactly the components of {@code record}, recursing into $defs. */
    private static void assertDescribes(Class<?> record, JsonNode objectSchema, JsonNode root, String where) {
        assertTrue(record.isRecord(), record + " is not a record");
        JsonNode properties = objectSchema.path("properties");
        Set<String> components = Stream.of(record.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>();
        properties.fieldNames().forEachRemaining(described::add);
        assertEquals(components, described, where + ": schema properties vs record components of " + record.getSimpleName());

        Set<String> required = strings(objectSchema.path("required"));
        assertTrue(described.containsAll(required), where + ": required names unknown properties " + required);
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = properties.path(c.getName());
            assertFalse(property.path("description").asText().isBlank(), where + "." + c.getName() + ": description");
            if (c.getType().isPrimitive()) {
                // a missing primitive would silently map to 0 or false
                assertTrue(required.contains(c.getName()), where + "." + c.getName() + " is primitive: must be required");
            }
            if (!required.contains(c.getName())) {
                assertTrue(strings(property.path("type")).contains("null"),
                        where + "." + c.getName() + " is optional: its type must allow null");
                if (property.has("enum")) {
                    assertTrue(property.path("enum").toString().contains("null"),
                            where + "." + c.getName() + " is optional: its enum must allow null");
                }
            } else {
                assertFalse(strings(property.path("type")).contains("null"),
                        where + "." + c.getName() + " is required: it must not allow null");
            }
            if (c.getType().isEnum()) {
                Set<String> constants = Stream.of(c.getType().getEnumConstants()).map(Object::toString)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> listed = strings(property.path("enum"));
                listed.remove("null");
                assertEquals(constants, listed, where + "." + c.getName() + ": enum values");
            }
            Class<?> element = listElement(c.getGenericType());
            if (element != null && element.isRecord()) {
                String ref = property.path("items").path("$ref").asText();
                assertEquals("#/$defs/" + element.getSimpleName(), ref, where + "." + c.getName() + ": items");
                JsonNode def = root.path("$defs").path(element.getSimpleName());
                assertTrue(def.isObject(), where + ": missing $defs/" + element.getSimpleName());
                assertTrue(def.path("additionalProperties").asBoolean(false), where + ": $defs/" + element.getSimpleName());
                assertDescribes(element, def, root, where + "/$defs/" + element.getSimpleName());
            }
        }
    }

    private static Class<?> listElement(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> out = new TreeSet<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isNull() ? "null" : n.asText()));
        } else if (!node.isMissingNode()) {
            out.add(node.asText());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ the sample

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void sampleValidatesMapsToTheRecordAndTheRecordsJsonValidatesAgain(EventType<?> type) throws Exception {
        assertNotNull(EventType.class.getResource(Json.samplePath(type)), "missing sample " + Json.samplePath(type));
        byte[] sampleBytes = Json.bytes(Json.samplePath(type));
        JsonNode sample = Json.MAPPER.readTree(sampleBytes);

        assertValid(type, sample);
        assertTrue(Json.defaultSchema(type).validate(sample).isEmpty(), "sample fails the consumers' (default) validation");

        Object record = Json.MAPPER.readValue(sampleBytes, type.payload());
        assertTrue(type.payload().isInstance(record));

        String reserialized = Json.MAPPER.writeValueAsString(record);
        JsonNode tree = Json.MAPPER.readTree(reserialized);
        assertValid(type, tree);
        assertEquals(sample, tree, "sample → record → JSON must be lossless");
        assertEquals(record, Json.MAPPER.readValue(reserialized, type.payload()), "JSON → record must keep every value and scale");
    }

    /** The consumers' path: JSON → tree (validated) → record; it must keep values and the scale of amounts. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void validatingATreeAndMappingItKeepsTheScaleOfAmounts(EventType<?> type) throws Exception {
        byte[] sampleBytes = Json.bytes(Json.samplePath(type));
        JsonNode tree = Json.EXACT_TREES.readTree(sampleBytes);
        assertValid(type, tree);
        assertEquals(Json.MAPPER.readValue(sampleBytes, type.payload()), Json.EXACT_TREES.treeToValue(tree, type.payload()));
    }

    @Test
    void theSampleUsccHasAValidCheckCharacter() {
        String uscc = Json.sample(EventTypes.CUSTOMER_REGISTERED).path("uscc").asText();
        assertNull(Uscc.problem(uscc), uscc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void optionalFieldsMayBeNullOrAbsent(EventType<?> type) throws Exception {
        Set<String> required = strings(Json.resource(type.schemaResource()).path("required"));
        ObjectNode nulls = Json.sample(type);
        ObjectNode absent = Json.sample(type);
        if (type == EventTypes.ORIGINATION_APPLICATION_DECIDED) {
            // annualRate is optional unless the decision is APPROVED (see rejectsAnApprovalWithoutARate)
            nulls.put("decision", "REJECTED");
            absent.put("decision", "REJECTED");
        }
        for (RecordComponent c : type.payload().getRecordComponents()) {
            if (!required.contains(c.getName())) {
                nulls.putNull(c.getName());
                absent.remove(c.getName());
            }
        }
        for (ObjectNode payload : List.of(nulls, absent)) {
            assertValid(type, payload);
            Object record = Json.MAPPER.treeToValue(payload, type.payload());
            assertValid(type, Json.MAPPER.valueToTree(record));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void fieldsAddedByANewerProducerAreTolerated(EventType<?> type) throws Exception {
        ObjectNode payload = Json.sample(type);
        payload.put("addedInALaterRelease", "x");
        payload.putObject("addedObject").put("nested", 1);
        assertValid(type, payload);
        assertNotNull(Json.LENIENT.treeToValue(payload, type.payload()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyRequiredFieldIsEnforced(EventType<?> type) {
        Set<String> required = strings(Json.resource(type.schemaResource()).path("required"));
        assertFalse(required.isEmpty());
        for (String field : required) {
            ObjectNode missing = Json.sample(type);
            missing.remove(field);
            assertInvalid(type, missing, field);

            ObjectNode nulled = Json.sample(type);
            nulled.putNull(field);
            assertInvalid(type, nulled, field);
        }
    }

    // ------------------------------------------------------------------------------------------------ rejections

    @Test
    void rejectsAMissingRequiredField() {
        rejects(EventTypes.CUSTOMER_REGISTERED, p -> p.remove("customerId"), "customerId");
        rejects(EventTypes.COREBANKING_REPAYMENT_RECEIVED, p -> p.remove("amount"), "amount");
        rejects(EventTypes.ORIGINATION_LOAN_DISBURSED,
                p -> element(p, "schedule", 0).remove("dueDate"), "dueDate");
        rejects(EventTypes.RATING_ASSIGNED,
                p -> element(p, "drivers", 0).remove("points"), "points");
    }

    @Test
    void rejectsAWrongType() {
        rejects(EventTypes.CUSTOMER_STATEMENT_FILED, p -> p.put("totalAssets", "48650000.00"), "totalAssets");
        rejects(EventTypes.CUSTOMER_STATEMENT_FILED, p -> p.put("audited", "yes"), "audited");
        rejects(EventTypes.ORIGINATION_APPLICATION_SUBMITTED, p -> p.put("termMonths", 12.5), "termMonths");
        rejects(EventTypes.CUSTOMER_REGISTERED, p -> p.put("employees", "86"), "employees");
        rejects(EventTypes.ORIGINATION_LOAN_DISBURSED, p -> p.putObject("schedule"), "schedule");
        rejects(EventTypes.ORIGINATION_APPLICATION_DECIDED, p -> ((ArrayNode) p.get("reasons")).add(42), "reasons");
    }

    @Test
    void rejectsABadEnumValue() {
        rejects(EventTypes.MONITORING_LOAN_CLASSIFIED, p -> p.put("category", "PERFORMING"), "category");
        rejects(EventTypes.MONITORING_LOAN_CLASSIFIED, p -> p.put("previousCategory", "normal"), "previousCategory");
        rejects(EventTypes.MONITORING_LOAN_DEFAULTED, p -> p.put("category", "DEFAULTED"), "category");
        rejects(EventTypes.ORIGINATION_APPLICATION_DECIDED, p -> p.put("decision", "MAYBE"), "decision");
    }

    @Test
    void rejectsAMalformedUuid() {
        rejects(EventTypes.RATING_ASSIGNED, p -> p.put("ratingId", "rating-42"), "ratingId");
        rejects(EventTypes.RATING_ASSIGNED, p -> p.put("statementId", "ad8158fe-ed70-4b15-bd48"), "statementId");
        rejects(EventTypes.COREBANKING_DISBURSEMENT_REQUESTED,
                p -> p.put("instructionId", "82f6d4f3da474f0098e927920f545842"), "instructionId");
    }

    @Test
    void rejectsAMalformedDateOrInstant() {
        rejects(EventTypes.ORIGINATION_LOAN_DISBURSED, p -> p.put("disbursedOn", "17/08/2026"), "disbursedOn");
        rejects(EventTypes.ORIGINATION_LOAN_DISBURSED, p -> p.put("maturityDate", "2027-02-30"), "maturityDate");
        rejects(EventTypes.MONITORING_LOAN_CLASSIFIED, p -> p.put("asOf", "2026-12-20T00:00:00Z"), "asOf");
        rejects(EventTypes.ORIGINATION_APPLICATION_SUBMITTED,
                p -> p.put("submittedAt", "2026-08-03 02:15:30"), "submittedAt");
    }

    @Test
    void rejectsAMalformedCodeOrCurrency() {
        rejects(EventTypes.CUSTOMER_REGISTERED, p -> p.put("uscc", "91110000600037341"), "uscc");
        rejects(EventTypes.CUSTOMER_REGISTERED, p -> p.put("uscc", "9111000060003734IL"), "uscc");
        rejects(EventTypes.CUSTOMER_REGISTERED, p -> p.put("regionCode", "1101"), "regionCode");
        rejects(EventTypes.CUSTOMER_REGISTERED, p -> p.put("industryCode", "13"), "industryCode");
        rejects(EventTypes.COREBANKING_REPAYMENT_RECEIVED, p -> p.put("currency", "cny"), "currency");
        rejects(EventTypes.COREBANKING_REPAYMENT_RECEIVED, p -> p.put("currency", "RMB¥"), "currency");
    }

    @Test
    void rejectsImpossibleAmountsAndRatios() {
        rejects(EventTypes.CUSTOMER_STATEMENT_FILED, p -> p.put("totalAssets", -1), "totalAssets");
        rejects(EventTypes.COREBANKING_REPAYMENT_RECEIVED, p -> p.put("amount", 0), "amount");
        rejects(EventTypes.RATING_ASSIGNED, p -> p.put("pd", 1.2), "pd");
        rejects(EventTypes.ORIGINATION_LOAN_DISBURSED, p -> p.put("lgd", -0.1), "lgd");
        rejects(EventTypes.MONITORING_LOAN_CLASSIFIED, p -> p.put("stage", 4), "stage");
        rejects(EventTypes.MONITORING_LOAN_CLASSIFIED, p -> p.put("daysPastDue", -1), "daysPastDue");
        rejects(EventTypes.ORIGINATION_LOAN_DISBURSED, p -> p.putArray("schedule"), "schedule");
    }

    @Test
    void rejectsAnApprovalWithoutARate() {
        rejects(EventTypes.ORIGINATION_APPLICATION_DECIDED, p -> p.remove("annualRate"), "annualRate");
        rejects(EventTypes.ORIGINATION_APPLICATION_DECIDED, p -> p.putNull("annualRate"), "annualRate");
    }

    @Test
    void acceptsLossesAndNegativeEquityOrCashFlow() {
        accepts(EventTypes.CUSTOMER_STATEMENT_FILED, p -> {
            p.put("netProfit", -812000.00);
            p.put("operatingProfit", -640000.00);
            p.put("operatingCashFlow", -1185000.00);
            p.put("totalEquity", -350000.00);
        });
    }

    @Test
    void acceptsARejectionWithoutARate() {
        accepts(EventTypes.ORIGINATION_APPLICATION_DECIDED, p -> {
            p.put("decision", "REJECTED");
            p.putNull("annualRate");
            p.putArray("reasons").add("Debt to assets 0.91 above the 0.70 limit");
        });
        accepts(EventTypes.ORIGINATION_APPLICATION_DECIDED, p -> {
            p.put("decision", "REFERRED");
            p.remove("annualRate");
            p.remove("reasons");
        });
    }

    @Test
    void acceptsAFirstClassificationWithoutPreviousCategory() {
        accepts(EventTypes.MONITORING_LOAN_CLASSIFIED, p -> p.putNull("previousCategory"));
    }

    /**
     * The platform's consumers load schemas with the default config (format annotated only); the uuid and date
     * patterns make them reject malformed ids and dates all the same.
     */
    @Test
    void theConsumersDefaultValidationRejectsMalformedIdsAndDates() {
        ObjectNode badId = Json.sample(EventTypes.COREBANKING_REPAYMENT_RECEIVED);
        badId.put("loanId", "LN20260817-0042");
        assertFalse(Json.defaultSchema(EventTypes.COREBANKING_REPAYMENT_RECEIVED).validate(badId).isEmpty());

        ObjectNode badDate = Json.sample(EventTypes.COREBANKING_REPAYMENT_RECEIVED);
        badDate.put("valueDate", "20260917");
        assertFalse(Json.defaultSchema(EventTypes.COREBANKING_REPAYMENT_RECEIVED).validate(badDate).isEmpty());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void rejects(EventType<?> type, Consumer<ObjectNode> change, String field) {
        ObjectNode payload = Json.sample(type);
        change.accept(payload);
        assertInvalid(type, payload, field);
    }

    private static void accepts(EventType<?> type, Consumer<ObjectNode> change) {
        ObjectNode payload = Json.sample(type);
        change.accept(payload);
        assertValid(type, payload);
        try {
            Json.MAPPER.treeToValue(payload, type.payload());
        } catch (Exception e) {
            fail(type + ": valid payload does not map to " + type.payload().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void assertValid(EventType<?> type, JsonNode payload) {
        Set<ValidationMessage> errors = Json.validate(type, payload);
        assertTrue(errors.isEmpty(), () -> type.type() + " rejected " + payload + ": " + errors);
    }

    private static void assertInvalid(EventType<?> type, JsonNode payload, String field) {
        Set<ValidationMessage> errors = Json.validate(type, payload);
        assertFalse(errors.isEmpty(), () -> type.type() + " accepted " + payload);
        List<String> messages = new ArrayList<>();
        errors.forEach(e -> messages.add(e.getMessage()));
        assertTrue(messages.stream().anyMatch(m -> m.contains(field)),
                () -> type.type() + ": no error names " + field + ": " + messages);
    }

    private static ObjectNode element(ObjectNode payload, String array, int index) {
        return (ObjectNode) ((ArrayNode) payload.get(array)).get(index);
    }
}
