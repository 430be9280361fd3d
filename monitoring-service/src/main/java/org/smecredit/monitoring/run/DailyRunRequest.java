package org.smecredit.monitoring.run;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Start (or resume, or replay) the end-of-day run of a business date. */
public record DailyRunRequest(@NotNull LocalDate businessDate) {
}
