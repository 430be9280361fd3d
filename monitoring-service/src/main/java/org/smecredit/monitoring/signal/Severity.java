package org.smecredit.monitoring.signal;

/** Severity of a signal, in rising order; HIGH and CRITICAL put the borrower on the watch list. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public boolean watchListed() {
        return compareTo(HIGH) >= 0;
    }
}
