package org.smecredit.platform.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Header rules from W3C Trace Context, level 1, section 3.2 (traceparent). */
class TraceParentTest {

    @Test
    void parsesTheSpecExample() {
        TraceParent t = TraceParent.parse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertEquals("0af7651916cd43dd8448eb211c80319c", t.traceId());
        assertEquals("b7ad6b7169203331", t.spanId());
        assertEquals("01", t.flags());
        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", t.header());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
            "",
            "garbage",
            "00-00000000000000000000000000000000-b7ad6b7169203331-01", // all-zero trace id is invalid
            "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01", // all-zero parent id is invalid
            "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01", // upper-case hex is invalid
            "00-0af7651916cd43dd8448eb211c80319-b7ad6b7169203331-01",  // 31 hex digits
            "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", // a version this code does not know
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1",  // one-digit flags
    })
    void ignoresInvalidHeaders(String header) {
        assertNull(TraceParent.parse(header));
    }

    @Test
    void aChildKeepsTheTraceAndFlagsWithANewSpan() {
        TraceParent parent = TraceParent.parse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00");
        TraceParent child = parent.child();
        assertEquals(parent.traceId(), child.traceId());
        assertEquals("00", child.flags());
        assertNotEquals(parent.spanId(), child.spanId());
        assertEquals(child, TraceParent.parse(child.header()));
    }

    @ParameterizedTest
    @CsvSource({
            // nginx $request_id: 32 hex digits -> becomes the trace id
            "5f3a0c1e9b7d4a2f8e6c1b0a9d8e7f60, 5f3a0c1e9b7d4a2f8e6c1b0a9d8e7f60",
            "5F3A0C1E9B7D4A2F8E6C1B0A9D8E7F60, 5f3a0c1e9b7d4a2f8e6c1b0a9d8e7f60",
    })
    void aGatewayRequestIdBecomesTheTraceId(String requestId, String traceId) {
        assertEquals(traceId, TraceParent.fromRequestId(requestId).traceId());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"req-42", "00000000000000000000000000000000", "8f14e45f-ceea-467f-a0e6-7b1c2d3e4f50"})
    void anyOtherRequestIdStartsAFreshValidTrace(String requestId) {
        TraceParent t = TraceParent.fromRequestId(requestId);
        assertEquals(t, TraceParent.parse(t.header()));
        assertTrue(requestId == null || !requestId.equals(t.traceId()));
    }
}
