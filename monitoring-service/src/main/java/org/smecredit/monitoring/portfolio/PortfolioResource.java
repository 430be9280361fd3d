package org.smecredit.monitoring.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.smecredit.platform.problem.ProblemException;
import org.smecredit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

/**
 * Portfolio metrics for risk management and the risk committee: JSON by default, CSV with {@code Accept: text/csv}
 * or {@code format=csv}.
 */
@Path("/api/monitoring/portfolio")
@Produces({MediaType.APPLICATION_JSON, PortfolioResource.TEXT_CSV})
@RolesAllowed({Roles.RISK_MANAGER, Roles.CREDIT_APPROVER, Roles.AUDITOR})
public class PortfolioResource {
    static final String TEXT_CSV = "text/csv";
    /** Longest history served in one request (a leap year of business dates). */
    static final long MAX_RANGE_DAYS = 366;

    @Inject
    PortfolioService portfolio;

    @GET
    @Operation(summary = "The loan book as of the latest completed daily run (or asOf=yyyy-MM-dd): exposure by class, "
            + "stage and grade, NPL ratio, special-mention ratio, ECL, provision coverage")
    public Uni<Response> snapshot(@QueryParam("asOf") String asOf, @QueryParam("format") String format,
                                  @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = csv(format, accept);
        LocalDate date = asOf == null || asOf.isBlank() ? null : date("asOf", asOf);
        return portfolio.snapshot(date).map(v -> csv
                ? Response.ok(PortfolioCsv.snapshot(v), TEXT_CSV).build()
                : Response.ok(v, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/history")
    @Operation(summary = "The headline metrics of each completed daily run from `from` to `to` (inclusive, at most "
            + MAX_RANGE_DAYS + " days)")
    public Uni<Response> history(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = csv(format, accept);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "from (" + start + ") is after to (" + end + ")");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_RANGE_DAYS) {
            throw ProblemException.badRequest("to", "the range " + start + ".." + end + " is longer than "
                    + MAX_RANGE_DAYS + " days");
        }
        return portfolio.history(start, end).map(points -> csv
                ? Response.ok(PortfolioCsv.history(points), TEXT_CSV).build()
                : Response.ok(points, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/migration")
    @Operation(summary = "Migration matrix between the completed daily runs of `from` and `to` (from before to): rows "
            + "the five-category class (by=category, default) or rating grade (by=grade) at from plus NEW, columns the "
            + "state at to plus CLOSED; loans and exposure at both dates per cell, reconciling to both books")
    public Uni<Response> migration(
            @Parameter(description = "business date of the first book (yyyy-MM-dd)", example = "2026-06-30")
            @QueryParam("from") String from,
            @Parameter(description = "business date of the second book (yyyy-MM-dd)", example = "2026-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "category (five-category class) or grade (rating grade as of each date)",
                    example = "category") @QueryParam("by") String by,
            @Parameter(description = "csv or json (default: json, or csv with Accept: text/csv)", example = "csv")
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = csv(format, accept);
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (!start.isBefore(end)) {
            throw ProblemException.badRequest("from", "from (" + start + ") must be before to (" + end + ")");
        }
        MigrationBasis basis = choice("by", by, MigrationBasis.class, MigrationBasis.CATEGORY);
        return portfolio.migration(start, end, basis).map(m -> csv
                ? Response.ok(PortfolioCsv.migration(m), TEXT_CSV).build()
                : Response.ok(m, MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/vintages")
    @Operation(summary = "Vintage default curves: per disbursement month or quarter (cohort), for each months on book "
            + "the cumulative share of the cohort (by count and by disbursed amount) that defaulted, as of asOf "
            + "(default: the latest completed daily run)")
    public Uni<Response> vintages(
            @Parameter(description = "quarter (default) or month", example = "quarter")
            @QueryParam("cohort") String cohort,
            @Parameter(description = "observation date (yyyy-MM-dd), not after the latest completed daily run",
                    example = "2026-12-31") @QueryParam("asOf") String asOf,
            @Parameter(description = "csv or json (default: json, or csv with Accept: text/csv)", example = "csv")
            @QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = csv(format, accept);
        CohortPeriod period = choice("cohort", cohort, CohortPeriod.class, CohortPeriod.QUARTER);
        LocalDate date = asOf == null || asOf.isBlank() ? null : date("asOf", asOf);
        return portfolio.vintages(date, period).map(v -> csv
                ? Response.ok(PortfolioCsv.vintages(v), TEXT_CSV).build()
                : Response.ok(v, MediaType.APPLICATION_JSON).build());
    }

    /** An optional lower-case choice among an enum's constants; 400 naming the field for anything else. */
    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                return e;
            }
        }
        throw ProblemException.badRequest(field, field + " must be one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(field, field + " is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, field + " must be a date yyyy-MM-dd, not '" + value + "'");
        }
    }

    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.badRequest("format", "format must be csv or json");
            };
        }
        return accept != null && accept.contains(TEXT_CSV);
    }
}
