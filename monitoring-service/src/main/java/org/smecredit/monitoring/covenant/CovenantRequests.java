package org.smecredit.monitoring.covenant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the covenant API. */
public final class CovenantRequests {
    private CovenantRequests() {
    }

    /** The loan's whole set of covenants (replaces the set held; an empty list removes them all). */
    public record CovenantSet(@NotNull @Size(max = 20) List<@NotNull @Valid Covenant> covenants) {
    }

    /** One covenant: ratios as decimals (2.5 = 2.5×), MIN_NET_WORTH in CNY. */
    public record Covenant(@NotNull CovenantKind kind,
                           @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 6) BigDecimal limit) {
    }

    public record CovenantView(CovenantKind kind, boolean maximum, BigDecimal limit, String figure, Instant setAt,
                               String setBy) {
        public static CovenantView of(LoanCovenant c) {
            return new CovenantView(c.kind, c.kind.maximum, c.limit, c.kind.figure(), c.setAt, c.setBy);
        }
    }

    public record LoanCovenants(UUID loanId, List<CovenantView> covenants) {
    }
}
