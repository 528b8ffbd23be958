package io.verdict.db;

import java.util.Locale;

/**
 * What a person typed in a search box, and the LIKE pattern that finds it: case is ignored and {@code %}, {@code _}
 * and {@code \} are taken literally, on MariaDB and H2 alike.
 */
public final class SearchText {

    /** Longer search text is a paste gone wrong, not a name: it is cut here. */
    public static final int MAX = 200;

    private SearchText() {}

    /** The text stripped and cut to {@link #MAX}; null when there is nothing to search for. */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }

    /** The pattern for {@code LOWER(column) LIKE :pattern}: values containing the text. */
    public static String containing(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
