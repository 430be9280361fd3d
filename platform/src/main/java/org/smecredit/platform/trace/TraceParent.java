package org.smecredit.platform.trace;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value (https://www.w3.org/TR/trace-context/, version 00): a 16-byte trace
 * id shared by every hop of one business transaction, the 8-byte id of the hop that sent it, and the trace flags.
 * The trace id is what an operator greps for across services' logs; the span id changes at every hop.
 */
public record TraceParent(String traceId, String spanId, String flags) {
    private static final Pattern HEADER = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final String INVALID_TRACE_ID = "0".repeat(32);
    private static final String INVALID_SPAN_ID = "0".repeat(16);
    private static final String SAMPLED = "01";

    /**
     * Parses a {@code traceparent} header. Returns null for anything the W3C spec says to ignore: another version
     * layout, upper-case hex, an all-zero trace or span id.
     */
    public static TraceParent parse(String header) {
        if (header == null) {
            return null;
        }
        var m = HEADER.matcher(header.trim());
        if (!m.matches() || m.group(1).equals(INVALID_TRACE_ID) || m.group(2).equals(INVALID_SPAN_ID)) {
            return null;
        }
        return new TraceParent(m.group(1), m.group(2), m.group(3));
    }

    /** A new trace, for work that arrives without one (a scheduled job, a caller that does not trace). */
    public static TraceParent newRoot() {
        return new TraceParent(randomHex(16), randomSpanId(), SAMPLED);
    }

    /**
     * A new trace whose id is the gateway's request id when that is a 32-hex-digit value (nginx's
     * {@code $request_id} is), so that the request id in the audit trail and the trace id in the logs are one key.
     */
    public static TraceParent fromRequestId(String requestId) {
        if (requestId != null) {
            String id = requestId.trim().toLowerCase();
            if (TRACE_ID.matcher(id).matches() && !id.equals(INVALID_TRACE_ID)) {
                return new TraceParent(id, randomSpanId(), SAMPLED);
            }
        }
        return newRoot();
    }

    /** The context this hop passes on: same trace, a span id of its own. */
    public TraceParent child() {
        return new TraceParent(traceId, randomSpanId(), flags);
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    @Override
    public String toString() {
        return header();
    }

    private static String randomSpanId() {
        String id;
        do {
            id = randomHex(8);
        } while (id.equals(INVALID_SPAN_ID));
        return id;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
