package org.smecredit.contracts;

/**
 * A versioned CloudEvents type: its name on the wire, the topic it travels on, the payload record and the JSON
 * Schema (a classpath resource of this module) that the payload satisfies.
 */
public record EventType<T>(String type, String topic, Class<T> payload) {

    /** Classpath location of the payload's JSON Schema, e.g. {@code /schemas/customer.registered.v1.json}. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }

    /** The CloudEvents {@code dataschema} URI. */
    public String dataSchema() {
        return "urn:smecredit:schema:" + type;
    }
}
