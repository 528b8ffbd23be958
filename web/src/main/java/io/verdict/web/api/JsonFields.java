package io.verdict.web.api;

import io.verdict.error.InvalidRequestException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads a field of a JSON request body as the type it must have; any other type is a 400 naming the field. */
public final class JsonFields {

    private JsonFields() {}

    /**
     * The body as a JSON object with no field but {@code fields}: a missing body or a field Verdict does not know is
     * a 400 naming it, e.g. {@code colour is not a schedule field; the fields are [...]}.
     */
    public static JsonObject only(JsonObject body, Set<String> fields, String what) {
        if (body == null) {
            throw new InvalidRequestException("Send the " + what + " as a JSON object.");
        }
        for (String field : body.keySet()) {
            if (!fields.contains(field)) {
                throw new InvalidRequestException(
                        field + " is not a " + what + " field; the fields are " + new TreeSet<>(fields) + ".");
            }
        }
        return body;
    }

    /** A string, stripped; {@code null} for JSON null or a blank string. */
    public static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString().strip();
        }
        throw new InvalidRequestException(field + " must be a string or null.");
    }

    /** A string exactly as sent, spaces included, such as a password; {@code null} for JSON null. */
    public static String exactText(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new InvalidRequestException(field + " must be a string.");
    }

    public static int number(JsonObject body, String field) {
        try {
            return body.getJsonNumber(field).intValueExact();
        } catch (ClassCastException | NullPointerException | ArithmeticException e) {
            throw new InvalidRequestException(field + " must be a whole number.");
        }
    }

    public static boolean bool(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidRequestException(field + " must be true or false.");
    }

    public static List<String> list(JsonObject body, String field) {
        try {
            List<String> values = new ArrayList<>();
            body.getJsonArray(field)
                    .forEach(
                            value -> values.add(((JsonString) value).getString().strip()));
            return values;
        } catch (ClassCastException | NullPointerException e) {
            throw new InvalidRequestException(field + " must be a list of strings.");
        }
    }

    public static Map<String, String> strings(JsonObject body, String field) {
        try {
            Map<String, String> values = new HashMap<>();
            body.getJsonObject(field).forEach((name, value) -> values.put(name, ((JsonString) value).getString()));
            return values;
        } catch (ClassCastException | NullPointerException e) {
            throw new InvalidRequestException(field + " must be an object of strings.");
        }
    }
}
