package org.smecredit.monitoring.industry;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.smecredit.monitoring.signal.Severity;

/** Request and response bodies of the industry-alert API. */
public final class IndustryAlertRequests {
    private IndustryAlertRequests() {
    }

    /**
     * An alert on an industry: a GB/T 4754 section letter with optional division/group/class digits ("C" covers all
     * manufacturing, "C13" agri-food processing); it applies to every borrower whose industry code starts with it.
     */
    public record Raise(@NotNull @Pattern(regexp = "[A-T]([0-9]{2,4})?", message = "must be a GB/T 4754 code: a section letter A-T, optionally 2-4 digits") String industryCode,
                        @NotNull Severity severity, @NotBlank @Size(max = 2000) String reason) {
    }

    public record Closure(@NotBlank @Size(max = 2000) String note) {
    }

    public record AlertView(UUID alertId, String industryCode, String severity, String reason, String status,
                            LocalDate raisedOn, String raisedBy, LocalDate closedOn, String closedBy, String closeNote,
                            Integer signalsRaised) {
        public static AlertView of(IndustryAlert a, Integer signalsRaised) {
            return new AlertView(a.id, a.industryCode, a.severity, a.reason, a.status, a.raisedOn, a.raisedBy, a.closedOn,
                    a.closedBy, a.closeNote, signalsRaised);
        }
    }
}
