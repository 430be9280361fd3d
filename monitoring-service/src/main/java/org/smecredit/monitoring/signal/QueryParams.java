package org.smecredit.monitoring.signal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.smecredit.platform.problem.ProblemException;

/** Parses optional query parameters, answering 400 naming the parameter when one is malformed. */
public final class QueryParams {
    private QueryParams() {
    }

    public static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, field + " must be a UUID, not '" + value + "'");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", not '" + value + "'");
        }
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, field + " must be a date yyyy-MM-dd, not '" + value + "'");
        }
    }

    public static int bounded(String field, Integer value, int fallback, int min, int max) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw ProblemException.badRequest(field, field + " must be between " + min + " and " + max);
        }
        return v;
    }
}
