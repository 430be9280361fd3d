package org.smecredit.rating.override;

/** PROPOSED → APPROVED (a new rating is issued) or REJECTED; both are final. */
public enum OverrideStatus { PROPOSED, APPROVED, REJECTED }
