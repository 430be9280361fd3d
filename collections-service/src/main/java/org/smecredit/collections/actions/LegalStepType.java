package org.smecredit.collections.actions;

/**
 * Legal steps of a Chinese commercial-bank workout, in their usual order: a lawyer's demand letter, property
 * preservation (财产保全), a lawsuit or arbitration, the judgment, the application for compulsory enforcement
 * (强制执行), and the claim filed in the borrower's bankruptcy.
 */
public enum LegalStepType {
    DEMAND_LETTER, PROPERTY_PRESERVATION, LAWSUIT_FILED, JUDGMENT, ENFORCEMENT_APPLICATION, BANKRUPTCY_CLAIM
}
