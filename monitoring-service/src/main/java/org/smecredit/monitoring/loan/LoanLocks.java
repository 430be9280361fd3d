package org.smecredit.monitoring.loan;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Serialises the writers of one loan (loan booking, repayments, daily run) with a transaction-scoped PostgreSQL
 * advisory lock on the loan id. It also covers a loan that does not exist yet, so a repayment and its loan arriving
 * at the same time on two topics cannot miss each other. Must be called inside a transaction.
 */
public final class LoanLocks {
    private LoanLocks() {
    }

    public static Uni<Void> lock(UUID loanId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, loanId.toString())
                        .getSingleResult())
                .replaceWithVoid();
    }
}
