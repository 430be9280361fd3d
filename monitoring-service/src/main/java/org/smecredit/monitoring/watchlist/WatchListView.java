package org.smecredit.monitoring.watchlist;

import java.time.LocalDate;
import java.util.UUID;

/** A watch-list entry as the API shows it; {@code reviewOverdue} when its review date is before today. */
public record WatchListView(UUID entryId, UUID customerId, WatchListStatus status, String reason, String owner,
                            LocalDate reviewOn, boolean reviewOverdue, LocalDate addedOn, String addedBy,
                            LocalDate removedOn, String removedBy, String removalReason) {

    public static WatchListView of(WatchListEntry e, LocalDate today) {
        return new WatchListView(e.id, e.customerId, e.status, e.reason, e.owner, e.reviewOn,
                e.status == WatchListStatus.ACTIVE && e.reviewOn != null && e.reviewOn.isBefore(today),
                e.addedOn, e.addedBy, e.removedOn, e.removedBy, e.removalReason);
    }
}
