package io.verdict.vocabulary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.io.Writer;

/**
 * Every JSON Verdict reads or builds, through one JSON-P provider looked up once. The static {@code Json.create…}
 * methods look the provider up with the service loader on every call, a resource scan through WildFly's modules that
 * cost more than the JSON itself for each record read, uploaded, exported or leased (the JSON-P Javadoc says to keep
 * the provider); the architecture test keeps {@code Json}'s static methods out of the code.
 */
public final class JsonP {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {}

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonString value(String text) {
        return PROVIDER.createValue(text);
    }

    public static JsonReader reader(Reader in) {
        return PROVIDER.createReader(in);
    }

    public static JsonParser parser(Reader in) {
        return PROVIDER.createParser(in);
    }

    public static JsonWriter writer(Writer out) {
        return PROVIDER.createWriter(out);
    }
}
