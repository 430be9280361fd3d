package org.smecredit.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business outcome that the caller must see as a problem+json answer. Thrown by services and aggregates; mapped
 * to HTTP by {@link ProblemMappers}. Static factories fix the stable problem types.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, List.of());
    }

    /** Illegal state transition of an aggregate. */
    public static ProblemException illegalTransition(String aggregate, Object from, String action) {
        return new ProblemException(409, "illegal-transition", "Illegal state transition",
                aggregate + " in state " + from + " cannot " + action, List.of());
    }

    /** Well-formed input that breaks a business rule, naming the field. */
    public static ProblemException unprocessable(String slug, String field, String message) {
        return new ProblemException(422, slug, "Unprocessable content", message,
                List.of(new Problem.Violation(field, message)));
    }

    /** Syntactically invalid input naming the field. */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", message,
                List.of(new Problem.Violation(field, message)));
    }

    /**
     * The four-eyes (maker-checker) rule: whoever made a thing — an application, an override, a disposal choice, a
     * model activation — never approves it. One problem type ({@code .../four-eyes}) in every service, so a client
     * handles it once.
     */
    public static ProblemException fourEyes(String detail) {
        return new ProblemException(403, "four-eyes", "Four-eyes rule", detail, List.of());
    }

    public static ProblemException forbidden(String slug, String detail) {
        return new ProblemException(403, slug, "Forbidden", detail, List.of());
    }

    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, violations, Map.copyOf(extensions));
    }

    public int status() {
        return status;
    }
}
