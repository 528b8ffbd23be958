package io.verdict.process;

import io.verdict.error.InvalidRequestException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code PUT /processes/{name}} body as a partial change: a field that is absent keeps its value; {@code null}
 * clears it ({@code "robot": null} means any robot). A field of the wrong type is a 400 naming it.
 */
final class ProcessChanges {

    private ProcessChanges() {}

    static ProcessChange merge(Process current, JsonObject body) {
        Map<String, String> settings = new HashMap<>(current.getSettings());
        if (body.containsKey("settings")) {
            settings = strings(body, "settings");
        }
        return new ProcessChange(
                body.containsKey("robot") ? text(body, "robot") : current.getRobot(),
                body.containsKey("maxAttempts") ? number(body, "maxAttempts") : current.getMaxAttempts(),
                body.containsKey("backoffMs") ? number(body, "backoffMs") : current.getBackoffMs(),
                body.containsKey("chunkSize") ? number(body, "chunkSize") : current.getChunkSize(),
                body.containsKey("minRobotVersion") ? text(body, "minRobotVersion") : current.getMinRobotVersion(),
                body.containsKey("concurrentRuns") ? bool(body, "concurrentRuns") : current.isConcurrentRuns(),
                body.containsKey("recipients") ? list(body, "recipients") : current.getRecipients(),
                settings);
    }

    private static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? null : string.getString().strip();
        }
        throw new InvalidRequestException(field + " must be a string or null.");
    }

    private static int number(JsonObject body, String field) {
        try {
            return body.getJsonNumber(field).intValueExact();
        } catch (ClassCastException | NullPointerException | ArithmeticException e) {
            throw new InvalidRequestException(field + " must be a whole number.");
        }
    }

    private static boolean bool(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidRequestException(field + " must be true or false.");
    }

    private static List<String> list(JsonObject body, String field) {
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

    private static Map<String, String> strings(JsonObject body, String field) {
        try {
            Map<String, String> values = new HashMap<>();
            body.getJsonObject(field).forEach((name, value) -> values.put(name, ((JsonString) value).getString()));
            return values;
        } catch (ClassCastException | NullPointerException e) {
            throw new InvalidRequestException(field + " must be an object of strings.");
        }
    }
}
