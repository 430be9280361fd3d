package org.smecredit.monitoring.watchlist;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the watch-list API. */
public final class WatchListRequests {
    private WatchListRequests() {
    }

    /** Put a borrower on the watch list by hand; owner and review date default as for signals. */
    public record Add(@NotNull UUID customerId, @NotBlank @Size(max = 2000) String reason,
                      @Size(max = 100) String owner, LocalDate reviewOn) {
    }

    /** Change the owner and/or the next review date (at least one). */
    public record Change(@Size(max = 100) String owner, LocalDate reviewOn) {
    }

    /** Take a borrower off the watch list. */
    public record Removal(@NotBlank @Size(max = 2000) String reason) {
    }
}
