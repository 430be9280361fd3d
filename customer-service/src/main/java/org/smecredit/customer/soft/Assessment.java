package org.smecredit.customer.soft;

/** How an item reads for credit. */
public enum Assessment { POSITIVE, NEUTRAL, NEGATIVE }
