package org.smecredit.platform.security;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who caused a state change: a person or service account from the bearer token, or the service itself when it
 * reacts to an event. Recorded in the audit trail and used for maker-checker.
 */
public record Actor(String name, Set<String> roles, String requestId) {

    public Actor {
        roles = Set.copyOf(new TreeSet<>(roles));
    }

    /** The service acting on its own behalf, e.g. while consuming an event. */
    public static Actor system(String serviceName, String causeId) {
        return new Actor("system:" + serviceName, Set.of(), causeId);
    }

    public boolean isSameAs(String otherName) {
        return name.equals(otherName);
    }
}
