package org.smecredit.origination.loan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads booked loans with their schedules. */
@ApplicationScoped
public class LoanService {

    @WithSession
    public Uni<LoanView> get(UUID loanId) {
        return Loan.<Loan>findById(loanId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("loan", loanId))
                .chain(loan -> LoanInstallment.<LoanInstallment>list("loanId", Sort.by("number"), loanId)
                        .map(rows -> LoanView.of(loan, rows)));
    }
}
