package org.smecredit.platform.trace;

import org.jboss.logging.MDC;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The trace of the unit of work in progress (one HTTP request, one consumed event), kept on the Vert.x duplicated
 * context that Quarkus gives each request and each message, and mirrored into the log MDC as {@code traceId} so
 * that every log line of the work carries it. The outbox reads it to stamp the events the work produces.
 */
public final class Tracing {
    static final String KEY = "sme.traceparent";
    public static final String MDC_TRACE_ID = "traceId";

    private Tracing() {
    }

    /** Makes {@code trace} the current trace of this request or message. */
    public static void enter(TraceParent trace) {
        Context ctx = Vertx.currentContext();
        if (ctx != null && VertxContext.isDuplicatedContext(ctx)) {
            ContextLocals.put(KEY, trace);
        }
        MDC.put(MDC_TRACE_ID, trace.traceId());
    }

    /** The current trace, or null outside a traced request or message. */
    public static TraceParent current() {
        Context ctx = Vertx.currentContext();
        if (ctx != null && VertxContext.isDuplicatedContext(ctx)) {
            return ContextLocals.<TraceParent>get(KEY).orElse(null);
        }
        return null;
    }

    /** The context to put on an outgoing event: a child of the current trace, or a new trace. */
    public static TraceParent outgoing() {
        TraceParent current = current();
        return current == null ? TraceParent.newRoot() : current.child();
    }
}
