package org.smecredit.monitoring.signal;

/** Life of an early-warning signal: raised OPEN, ACKNOWLEDGED by a risk manager, then RESOLVED with a note. */
public enum SignalStatus {
    OPEN, ACKNOWLEDGED, RESOLVED
}
