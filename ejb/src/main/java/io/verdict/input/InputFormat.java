package io.verdict.input;

import java.util.Locale;
import java.util.Optional;

/** The kinds of input file a run accepts, recognised by the uploaded file's name. */
public enum InputFormat {
    JSON,
    CSV,
    XLSX;

    /** By file name extension, case-insensitive: {@code .json .csv .xlsx}; empty for others. */
    public static Optional<InputFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (lower.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
