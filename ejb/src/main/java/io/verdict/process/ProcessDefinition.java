package io.verdict.process;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a process's job XML declares about it: description, the input columns it requires, the column that identifies
 * a record, and the defaults of its handler settings.
 */
public record ProcessDefinition(String name, Map<String, String> properties) {

    public ProcessDefinition {
        properties = Map.copyOf(properties);
    }

    public String description() {
        return properties.get("description");
    }

    /** Columns every input of this process must have (job property {@code columns}, comma separated). */
    public List<String> requiredColumns() {
        String columns = properties.getOrDefault("columns", "");
        return Arrays.stream(columns.split(","))
                .map(String::strip)
                .filter(column -> !column.isEmpty())
                .toList();
    }

    /**
     * The handler settings an administrator may change: the job properties other than those describing the input and
     * the handler the job runs.
     */
    public Set<String> changeableSettings() {
        Set<String> settings = new TreeSet<>(properties.keySet());
        settings.removeAll(Set.of("description", "columns", "keyColumn", "handler"));
        return settings;
    }

    /** The column holding a record's business key (job property {@code keyColumn}), or null. */
    public String keyColumn() {
        String key = properties.get("keyColumn");
        return key == null || key.isBlank() ? null : key.strip();
    }
}
