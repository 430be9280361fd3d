package org.smecredit.monitoring.loan;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Serialises the writers of one loan (loan booking, repayments, daily run) with a transaction-scoped PostgreSQL
 * advisory lock on the loan id. It also covers a loan that does not exist yet, so a repayment and its loan arriving
 * at the same time on two topics cannot miss each other. It then locks the loan's row, the lock the set-based daily
 * run takes on the loans of its chunk. Must be called inside a transaction.
 */
public final class LoanLocks {
    private LoanLocks() {
    }

    public static Uni<Void> lock(UUID loanId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, loanId.toString())
                        .getSingleResult())
                // and the loan's row, which the set-based daily run locks by updating it: a writer then reads the
                // loan after the run's chunk committed, never a stale version it would overwrite
                .chain(() -> Panache.getSession())
                .chain(s -> s.createNativeQuery("SELECT 1 FROM loan WHERE id = ?1 FOR UPDATE")
                        .setParameter(1, loanId)
                        .getResultList())
                .replaceWithVoid();
    }
}
