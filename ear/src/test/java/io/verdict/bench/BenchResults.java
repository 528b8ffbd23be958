package io.verdict.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the benchmarks put their figures: printed as a table, and merged into {@code target/bench/results.json} under
 * the benchmark's name, with the machine and database they were measured on.
 */
public final class BenchResults {

    static final Path FILE = Path.of("target", "bench", "results.json");

    private final String benchmark;
    private final JsonObjectBuilder figures = Json.createObjectBuilder();
    private final StringBuilder table = new StringBuilder();

    public BenchResults(String benchmark, String title) {
        this.benchmark = benchmark;
        table.append(title).append('\n');
    }

    /** A figure and what it is, e.g. {@code engine_rec_s}. */
    public BenchResults figure(String name, double value, String what) {
        figures.add(name, Math.round(value * 100) / 100.0);
        table.append(String.format("  %-24s %14.2f  %s%n", name, value, what));
        return this;
    }

    /** A remark that goes with the figures, such as a goal not met and why. */
    public BenchResults note(String name, String text) {
        figures.add(name, text);
        table.append(String.format("  %-24s %s%n", name, text));
        return this;
    }

    /** Prints the table and merges the figures into the results file. */
    public String write() {
        JsonObject entry = figures.add("measuredAt", Instant.now().toString())
                .add("database", System.getProperty("verdict.db", "h2"))
                .add("cores", Runtime.getRuntime().availableProcessors())
                .add("java", System.getProperty("java.version"))
                .build();
        try {
            Files.createDirectories(FILE.getParent());
            JsonObjectBuilder all = Json.createObjectBuilder(existing());
            all.add(benchmark, entry);
            try (Writer out = Files.newBufferedWriter(FILE)) {
                Json.createWriter(out).write(all.build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(table);
        return table.toString();
    }

    private static JsonObject existing() throws IOException {
        if (!Files.exists(FILE)) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (Reader in = Files.newBufferedReader(FILE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
