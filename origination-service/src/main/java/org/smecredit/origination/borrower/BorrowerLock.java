package org.smecredit.origination.borrower;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Serialises, per customer, the transactions that read or change what a credit decision depends on (submission,
 * rating arrival, block arrival, manual decision): a transaction-scoped PostgreSQL advisory lock. Without it a
 * submission and a rating committing at the same time could each miss the other and leave the application
 * waiting for a rating that already arrived.
 */
public final class BorrowerLock {
    private static final String LOCK = "SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked";

    private BorrowerLock() {
    }

    /** Takes the customer's lock until the current transaction ends. Call inside a transaction. */
    public static Uni<Void> lock(UUID customerId) {
        long key = customerId.getMostSignificantBits() ^ customerId.getLeastSignificantBits();
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(LOCK).setParameter(1, key).getSingleResult())
                .replaceWithVoid();
    }
}
