package org.smecredit.customer.size;

/** MIIT 2011 enterprise size class; LARGE firms are outside the SME segment. */
public enum SizeClass {
    LARGE, MEDIUM, SMALL, MICRO;

    public boolean outOfSegment() {
        return this == LARGE;
    }
}
