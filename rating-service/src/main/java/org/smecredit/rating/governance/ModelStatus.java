package org.smecredit.rating.governance;

/** Life of a model version: loaded and verified, proposed for activation, rating, replaced. */
public enum ModelStatus {
    AVAILABLE, PROPOSED, ACTIVE, RETIRED
}
