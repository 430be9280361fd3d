package org.smecredit.customer.customer;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shareholders column holds a JSON array; small, read whole, never queried inside. */
final class ShareholdersJson {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ShareholdersJson() {
    }

    static String write(List<Shareholder> shareholders) {
        if (shareholders == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(shareholders);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Shareholder> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Shareholder>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
