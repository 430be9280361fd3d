package org.smecredit.monitoring.signal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the signal API. */
public final class SignalRequests {
    private SignalRequests() {
    }

    /** A risk manager takes the signal up; the note is optional. */
    public record Acknowledgement(@Size(max = 2000) String note) {
    }

    /** A risk manager closes the signal, saying what was done or found. */
    public record Resolution(@NotBlank @Size(max = 2000) String note) {
    }
}
