package org.smecredit.monitoring.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

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
