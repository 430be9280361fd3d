package org.smecredit.customer.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.smecredit.platform.problem.Problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request whose body exceeds {@code quarkus.http.limits.max-body-size} with a 413 problem+json naming the
 * limit, instead of the bare 413 (or reset connection) Vert.x and Quarkus REST would give.
 * <ul>
 *   <li>A declared {@code Content-Length} over the limit is refused before the body is read.</li>
 *   <li>A chunked body (no length known up front) is buffered here up to the limit and handed to Quarkus REST as the
 *       routing context's body (which it reads instead of the socket); one byte over the limit and the request is
 *       refused, the rest of the upload is discarded, and the connection is closed after the answer.</li>
 * </ul>
 */
@Singleton
public class BodyLimit {
    static final String SLUG = "payload-too-large";
    private final long limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > limit) {
                refuse(ctx, "request body of " + declared + " bytes exceeds the limit of " + limit + " bytes");
            } else {
                ctx.next();
            }
            return;
        }
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked") || request.isEnded()) {
            ctx.next();
            return;
        }
        bufferChunked(ctx, request);
    }

    private void bufferChunked(RoutingContext ctx, HttpServerRequest request) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return; // discard the rest of an upload already refused
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(ctx, "chunked request body exceeds the limit of " + limit + " bytes");
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(v -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.exceptionHandler(ctx::fail);
        request.resume();
    }

    private void refuse(RoutingContext ctx, String detail) {
        String body = Json.encode(new Problem(Problem.type(SLUG), "Payload too large", 413, detail,
                ctx.request().path(), List.of(new Problem.Violation("$", "body larger than the limit of " + limit + " bytes")),
                Map.of("limitBytes", limit)).toBody());
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
