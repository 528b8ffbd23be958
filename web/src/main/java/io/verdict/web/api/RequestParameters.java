package io.verdict.web.api;

import io.verdict.error.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Reads query parameters strictly: a wrong value is a 400 naming the parameter, never a silent default. */
public final class RequestParameters {

    static final int DEFAULT_LIMIT = 50, MAX_LIMIT = 1000;

    private RequestParameters() {}

    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /** A comma-separated list of enum constants, e.g. {@code result=KO,ERROR}. */
    public static <E extends Enum<E>> Set<E> enums(String name, String value, Class<E> type) {
        Set<E> values = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return values;
        }
        for (String part : value.split(",")) {
            try {
                values.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(name + ": \"" + part.strip() + "\" is not one of "
                        + Arrays.toString(type.getEnumConstants()) + ".");
            }
        }
        return values;
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    name + ": \"" + value + "\" is not an ISO-8601 UTC time such as 2026-11-21T08:00:00Z.");
        }
    }
}
