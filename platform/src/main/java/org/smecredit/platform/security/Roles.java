package org.smecredit.platform.security;

/** Keycloak realm roles (claim {@code realm_access.roles}); the names used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String RELATIONSHIP_MANAGER = "relationship-manager";
    public static final String CREDIT_ANALYST = "credit-analyst";
    public static final String CREDIT_APPROVER = "credit-approver";
    public static final String RISK_MANAGER = "risk-manager";
    public static final String COLLECTIONS_OFFICER = "collections-officer";
    /** Read-only access to everything, including audit trails. */
    public static final String AUDITOR = "auditor";
    /** Service accounts of internal systems and core banking. */
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
