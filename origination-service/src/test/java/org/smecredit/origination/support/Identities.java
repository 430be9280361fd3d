package org.smecredit.origination.support;

import java.util.Set;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;

/**
 * Switches the caller inside one {@code @TestSecurity} test, so a maker-checker flow (one person submits, another
 * approves) reads as one story. The identity returns to the annotation's after the test.
 */
public final class Identities {
    private Identities() {
    }

    public static void as(TestIdentityAssociation association, String user, String... roles) {
        association.setTestIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRoles(Set.of(roles))
                .build());
    }
}
