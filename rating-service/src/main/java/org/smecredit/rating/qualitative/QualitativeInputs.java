package org.smecredit.rating.qualitative;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** Loads what the qualitative module reads about a customer: profile facts and soft-information items. */
@ApplicationScoped
public class QualitativeInputs {
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    /** The facts of one customer: founding date and industry (null when unknown) and its soft information. */
    public record Facts(CustomerProfile profile, List<SoftItem> items) {
    }

    private final ObjectMapper json;

    public QualitativeInputs(ObjectMapper json) {
        this.json = json;
    }

    /** Runs in the caller's session or transaction. */
    public Uni<Facts> of(UUID customerId) {
        return CustomerProfile.<CustomerProfile>findById(customerId).chain(profile -> SoftInformation.of(customerId)
                .map(rows -> new Facts(profile, rows.stream().map(this::item).toList())));
    }

    private SoftItem item(SoftInformation s) {
        return new SoftItem(s.kind, s.observedOn, s.assessment, s.amount, attributes(s.attributes));
    }

    Map<String, String> attributes(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("soft-information attributes unreadable: " + text, e);
        }
    }

    public String toJson(Map<String, String> attributes) {
        try {
            return attributes == null ? null : json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
