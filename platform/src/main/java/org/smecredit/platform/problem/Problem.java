package org.smecredit.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code type} is a stable URI a client can switch on; {@code violations} names the
 * offending fields; {@code extensions} become extra top-level members (e.g. {@code existingId}).
 */
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<Violation> violations, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://smecredit.org/problems/";

    /** One invalid field: a dotted path ({@code lines.totalAssets}) and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** The JSON body, members in RFC 9457 order, empty members left out. */
    public Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (violations != null && !violations.isEmpty()) {
            body.put("violations", violations);
        }
        if (extensions != null) {
            extensions.forEach(body::putIfAbsent);
        }
        return body;
    }
}
