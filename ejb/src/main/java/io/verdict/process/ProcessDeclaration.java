package io.verdict.process;

import io.verdict.export.ReportColumns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a declared process, as an administrator sends it with {@code POST /api/v1/processes}: its name, the
 * template job it runs, and its input's columns; its settings come as a {@link ProcessChange}. Validated whole before
 * anything is created.
 */
public record ProcessDeclaration(
        String name, String template, String description, List<String> columns, String keyColumn) {

    /** Safe in URLs, file names (its inbox folder) and job parameters, and never to be confused with another. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]");

    static final int MAX_DESCRIPTION = 500, MAX_COLUMNS = 100, MAX_COLUMN_LENGTH = 100;

    /** Texts are kept stripped; a key column is spelled as in {@code columns}, whatever its case here. */
    public ProcessDeclaration {
        description = description == null || description.isBlank() ? null : description.strip();
        columns = columns == null
                ? List.of()
                : columns.stream()
                        .map(column -> column == null ? "" : column.strip())
                        .toList();
        String key = keyColumn == null || keyColumn.isBlank() ? null : keyColumn.strip();
        keyColumn = columns.stream()
                .filter(column -> column.equalsIgnoreCase(key))
                .findFirst()
                .orElse(key);
    }

    /** The problems with this declaration, each naming its field; empty when it is valid. */
    List<String> problems(Set<String> templates) {
        List<String> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add("name: 3 to 60 lower-case letters, digits and -, starting and ending with a letter or digit,"
                    + " e.g. supplier-onboarding");
        }
        if (template == null || !templates.contains(template)) {
            problems.add("template: " + (template == null ? "missing" : "\"" + template + "\" is not a template")
                    + "; the templates are " + templates);
        }
        if (description != null && (description.length() > MAX_DESCRIPTION || hasControlCharacters(description))) {
            problems.add("description: one line of at most " + MAX_DESCRIPTION + " characters");
        }
        problems.addAll(columnProblems());
        if (keyColumn != null && !columns.contains(keyColumn)) {
            problems.add("keyColumn: \"" + keyColumn + "\" is not one of the columns");
        }
        return problems;
    }

    private List<String> columnProblems() {
        if (columns.isEmpty()) {
            return List.of("columns: name the columns the process's input must have, e.g. [\"SupplierId\",\"Iban\"]");
        }
        if (columns.size() > MAX_COLUMNS) {
            return List.of("columns: at most " + MAX_COLUMNS + ", not " + columns.size());
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String field = "columns[" + i + "]";
            if (column.isEmpty()) {
                problems.add(field + ": a column needs a name");
            } else if (column.length() > MAX_COLUMN_LENGTH || hasControlCharacters(column)) {
                problems.add(field + ": one line of at most " + MAX_COLUMN_LENGTH + " characters");
            } else if (ReportColumns.isVerdicts(column)) {
                problems.add(field + ": \"" + column + "\" is a column of Verdict's own in every report "
                        + ReportColumns.VERDICT + "; name it otherwise");
            } else if (!seen.add(column.toLowerCase(Locale.ROOT))) {
                problems.add(field + ": \"" + column + "\" appears twice (columns do not depend on case)");
            }
        }
        return problems;
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
