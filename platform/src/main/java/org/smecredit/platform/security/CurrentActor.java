package org.smecredit.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** The authenticated caller of the current HTTP request, with the gateway's request id. */
@RequestScoped
public class CurrentActor {
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    public Actor get() {
        String name = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        return new Actor(name, identity.getRoles(), request.getHeader(REQUEST_ID_HEADER));
    }
}
