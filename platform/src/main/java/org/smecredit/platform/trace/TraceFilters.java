package org.smecredit.platform.trace;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.smecredit.contracts.CloudEventHeaders;
import org.smecredit.platform.security.CurrentActor;

/**
 * Joins each HTTP request to the caller's trace ({@code traceparent} header), or starts one keyed by the gateway's
 * request id, and answers with the trace the request ran under, so a caller can quote it to operations.
 */
public class TraceFilters {

    @ServerRequestFilter(preMatching = true)
    public void enter(ContainerRequestContext request) {
        TraceParent caller = TraceParent.parse(request.getHeaderString(CloudEventHeaders.TRACEPARENT));
        Tracing.enter(caller != null ? caller.child()
                : TraceParent.fromRequestId(request.getHeaderString(CurrentActor.REQUEST_ID_HEADER)));
    }

    @ServerResponseFilter
    public void answer(ContainerResponseContext response) {
        TraceParent current = Tracing.current();
        if (current != null) {
            response.getHeaders().putSingle(CloudEventHeaders.TRACEPARENT, current.header());
        }
    }
}
