package org.smecredit.origination.borrower;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.smecredit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Reads origination's view of a borrower. */
@ApplicationScoped
public class BorrowerService {

    @WithSession
    public Uni<BorrowerView> get(UUID customerId) {
        return Borrower.<Borrower>findById(customerId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("borrower", customerId))
                .chain(b -> BorrowerRating.<BorrowerRating>findById(customerId)
                        .chain(r -> CreditBlock.<CreditBlock>findById(customerId)
                                .map(k -> BorrowerView.of(b, r, k))));
    }
}
