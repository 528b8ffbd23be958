package io.verdict.process;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a process is made of: the batch job that runs it, its description, the input columns it requires, the column
 * that identifies a record, and the defaults of its handler settings. A shipped process is its job XML's; a declared
 * one takes its template job's settings and brings its own columns ({@link #declaredAs}).
 *
 * @param job the job XML (its id) that runs this process: its own name when shipped, the template's when declared
 * @param template whether processes may be declared from this job (job property {@code template="true"})
 * @param external whether external robots work its records over the robot protocol (job property {@code
 *     external="true"}) rather than a record handler in the server
 * @param defaults the handler settings an administrator may change, with their defaults
 */
public record ProcessDefinition(
        String name,
        String job,
        boolean template,
        boolean external,
        String description,
        List<String> requiredColumns,
        String keyColumn,
        Map<String, String> defaults) {

    /** Job properties that describe the process or the job rather than configure its handler. */
    private static final Set<String> NOT_SETTINGS =
            Set.of("description", "columns", "keyColumn", "handler", "template", "external");

    public ProcessDefinition {
        requiredColumns = List.copyOf(requiredColumns);
        defaults = Map.copyOf(defaults);
    }

    /**
     * A process as its job XML's job-level properties describe it: {@code description}, {@code columns} (comma
     * separated), {@code keyColumn}, {@code template}, {@code external}, and the defaults of its settings (the other properties but
     * {@code handler}, which names the job's record handler and is no setting).
     */
    static ProcessDefinition ofJob(String job, Map<String, String> properties) {
        Map<String, String> defaults = new LinkedHashMap<>(properties);
        defaults.keySet().removeAll(NOT_SETTINGS);
        String key = properties.get("keyColumn");
        return new ProcessDefinition(
                job,
                job,
                "true".equals(properties.get("template")),
                "true".equals(properties.get("external")),
                properties.get("description"),
                Arrays.stream(properties.getOrDefault("columns", "").split(","))
                        .map(String::strip)
                        .filter(column -> !column.isEmpty())
                        .toList(),
                key == null || key.isBlank() ? null : key.strip(),
                defaults);
    }

    /** The process declared from this template: its own name, description and columns, the template's settings. */
    ProcessDefinition declaredAs(Process declared) {
        return new ProcessDefinition(
                declared.getName(),
                job,
                false,
                external,
                declared.getDescription(),
                declared.getColumns(),
                declared.getKeyColumn(),
                defaults);
    }

    /** The handler settings an administrator may change. */
    public Set<String> changeableSettings() {
        return new TreeSet<>(defaults.keySet());
    }
}
