package org.smecredit.platform.inbox;

/**
 * A message that can never be processed (unparseable, missing CloudEvents attributes, payload violating its
 * schema, or rejected by a handler as impossible). It is not retried; it goes to the dead-letter topic with the
 * reason.
 */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
