package org.smecredit.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every error leaves a service as RFC 9457 problem+json: bad input is a 4xx naming the field, never a 5xx, and
 * no stack trace ever reaches the client.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    /** Quarkus REST throws its own subclass; naming it here takes precedence over the built-in mapper. */
    @ServerExceptionMapper({ConstraintViolationException.class,
            io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException.class})
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(v.getPropertyPath().toString()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        return respond(new Problem(Problem.type("validation"), "Invalid request", 400,
                violations.size() + " field(s) invalid", path(uri), violations, Map.of()));
    }

    /** Listed one by one: Quarkus's built-in mapper for MismatchedInputException would otherwise win. */
    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, com.fasterxml.jackson.databind.exc.ValueInstantiationException.class,
            com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "$";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "unknown field";
        } else if (e instanceof InvalidFormatException f) {
            message = "cannot read '" + f.getValue() + "' as " + f.getTargetType().getSimpleName();
        } else if (e instanceof JsonMappingException) {
            message = "wrong type or shape";
        } else {
            message = "malformed JSON";
        }
        return respond(new Problem(Problem.type("malformed-body"), "Malformed request body", 400,
                message + (field.isEmpty() ? "" : " at " + field), path(uri),
                List.of(new Problem.Violation(field.isEmpty() ? "$" : field, message)), Map.of()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "your roles do not allow this operation", path(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
                        "a valid bearer token is required", path(uri), List.of(), Map.of())))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem(Problem.type("http-" + status), reason, status, e.getMessage(), path(uri),
                List.of(), Map.of()));
    }

    /** Hibernate's wrapper for a database constraint (unique key) raced past the service's own check. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(new Problem(Problem.type("conflict"), "Conflict", 409,
                "the change conflicts with existing data (" + e.getConstraintName() + ")", path(uri), List.of(), Map.of()));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unhandled error, incident %s", incident);
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "the request failed; quote incident " + incident, path(uri), List.of(), Map.of("incident", incident)));
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.toBody()).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** {@code register.request.lines.totalAssets} → {@code lines.totalAssets}: drop method and parameter names. */
    static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
