package org.smecredit.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.smecredit.demo.Api;

/** Raw HTTP through the API gateway, for tests that look at statuses and headers rather than bodies. */
final class Gateway {
    static final String URL = Api.gatewayUrl();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Gateway() {
    }

    /** {@code token} null: no Authorization header; {@code body} null: no body (POST/PUT/PATCH send "{}"). */
    static HttpResponse<String> call(String method, String path, String token, String body, Map<String, String> headers) {
        String payload = body != null ? body : (method.equals("GET") || method.equals("DELETE") ? null : "{}");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(URL + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload));
        if (payload != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + URL + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String path, String token) {
        return call("GET", path, token, null, Map.of());
    }

    static String describe(HttpResponse<String> r) {
        String body = r.body() == null ? "" : r.body();
        return r.request().method() + " " + r.uri().getPath() + " -> " + r.statusCode() + " "
                + body.substring(0, Math.min(300, body.length()));
    }
}
