package org.smecredit.customer.http;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Adds to the OpenAPI document the problem+json answers every endpoint shares, so that no operation's annotations
 * repeat them: 401 (no valid bearer token) and 403 (roles) everywhere, 413 (body over
 * {@code quarkus.http.limits.max-body-size}, see {@link BodyLimit}) where there is a request body. It also gives the
 * platform's audit query, which this module cannot annotate, its answer example. Registered by
 * {@code mp.openapi.filter}.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                putIfAbsent(responses, "401", "no valid bearer token", ApiExamples.UNAUTHORIZED);
                putIfAbsent(responses, "403", "the caller's roles do not allow this operation", ApiExamples.FORBIDDEN);
                if (operation.getRequestBody() != null) {
                    putIfAbsent(responses, "413", "request body over the 1 MB limit (declared or chunked)",
                            ApiExamples.PAYLOAD_TOO_LARGE);
                }
                if ("/api/audit".equals(path.getKey()) && op.getKey() == PathItem.HttpMethod.GET) {
                    documentAudit(responses);
                }
            }
        }
    }

    private static void documentAudit(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null) {
            ok = OASFactory.createAPIResponse().description("audit entries, oldest first");
            responses.addAPIResponse("200", ok);
        }
        if (ok.getContent() == null) {
            ok.setContent(OASFactory.createContent());
        }
        MediaType json = ok.getContent().getMediaType(ApiExamples.JSON);
        if (json == null) {
            json = OASFactory.createMediaType();
            ok.getContent().addMediaType(ApiExamples.JSON, json);
        }
        if (json.getExamples() == null || json.getExamples().isEmpty()) {
            json.addExample("entries", OASFactory.createExample().value(parsed(ApiExamples.AUDIT_ENTRIES)));
        }
        putIfAbsent(responses, "400", "bad filter or page size over 500", ApiExamples.VALIDATION);
    }

    /**
     * Adds the problem+json answer for {@code status}, or its content when the answer is already there without it
     * (Quarkus adds bare 401/403 answers to every @RolesAllowed operation).
     */
    private static void putIfAbsent(APIResponses responses, String status, String description, String example) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        if (response.getContent().getMediaType(ApiExamples.PROBLEM) == null) {
            response.getContent().addMediaType(ApiExamples.PROBLEM,
                    OASFactory.createMediaType().addExample(slug(example), OASFactory.createExample().value(parsed(example))));
        }
    }

    /** The example as a JSON value (object or array), not as a string holding JSON. */
    private static Object parsed(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON: " + json, e);
        }
    }

    private static String slug(String problem) {
        int start = problem.indexOf("/problems/") + "/problems/".length();
        return problem.substring(start, problem.indexOf('"', start));
    }
}
