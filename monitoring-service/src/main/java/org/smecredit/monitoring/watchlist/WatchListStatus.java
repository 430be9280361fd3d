package org.smecredit.monitoring.watchlist;

public enum WatchListStatus {
    ACTIVE, REMOVED
}
