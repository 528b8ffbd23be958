package io.verdict.run;

import io.verdict.vocabulary.JsonP;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A record's values as stored in {@code work_item.payload}: a flat JSON object of strings, in column order. */
public final class Payloads {

    private Payloads() {}

    public static String toJson(Map<String, String> values) {
        JsonObjectBuilder object = JsonP.object();
        values.forEach((column, value) -> object.add(column, value == null ? "" : value));
        return object.build().toString();
    }

    public static Map<String, String> fromJson(String json) {
        try (JsonReader reader = JsonP.reader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> values = new LinkedHashMap<>();
            object.forEach((column, value) -> values.put(column, text(value)));
            return values;
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
