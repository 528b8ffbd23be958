package io.verdict.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a file, matched to the columns a process requires. One place decides, for CSV, XLSX and JSON alike,
 * that {@code " amount "} is the required {@code Amount}, that a blank or repeated header is a fault and which
 * required columns are missing.
 */
final class Header {

    /** The row that holds the header: CSV/XLSX row 1, or the first JSON item. */
    static final int ROW = 1;

    private final List<String> names;
    private final Map<String, Integer> indexByKey;

    private Header(List<String> names, Map<String, Integer> indexByKey) {
        this.names = names;
        this.indexByKey = indexByKey;
    }

    /**
     * Matches header names, in file column order, to the required columns: required ones are named by their
     * canonical spelling, the others by their trimmed header name.
     */
    static Header match(List<String> headerNames, List<String> requiredColumns) throws InputRejectedException {
        if (headerNames.isEmpty()) {
            throw new InputRejectedException(ROW, null, "the header row is empty");
        }
        Map<String, String> canonicalByKey = new LinkedHashMap<>();
        for (String required : requiredColumns) {
            canonicalByKey.putIfAbsent(key(required), required.trim());
        }
        List<String> names = new ArrayList<>(headerNames.size());
        Map<String, Integer> indexByKey = new LinkedHashMap<>();
        for (int index = 0; index < headerNames.size(); index++) {
            String name =
                    headerNames.get(index) == null ? "" : headerNames.get(index).trim();
            if (name.isEmpty()) {
                throw new InputRejectedException(ROW, position(index), "the header is empty");
            }
            RecordAssembler.checkLength(ROW, position(index), name);
            Integer previous = indexByKey.putIfAbsent(key(name), index);
            if (previous != null) {
                throw new InputRejectedException(
                        ROW,
                        position(index),
                        "the header " + name + " appears twice (also column " + position(previous) + ")");
            }
            names.add(canonicalByKey.getOrDefault(key(name), name));
        }
        List<String> missing = canonicalByKey.entrySet().stream()
                .filter(required -> !indexByKey.containsKey(required.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        if (missing.size() == 1) {
            throw new InputRejectedException(ROW, null, "column " + missing.get(0) + " is missing");
        }
        if (!missing.isEmpty()) {
            throw new InputRejectedException(ROW, null, "columns " + String.join(", ", missing) + " are missing");
        }
        return new Header(List.copyOf(names), indexByKey);
    }

    /** The 1-based position of a column, as reported to the user. */
    static String position(int index) {
        return Integer.toString(index + 1);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }

    /** The index of the column with this name (case-insensitive, surrounding spaces ignored), or -1. */
    int indexOf(String name) {
        return indexByKey.getOrDefault(key(name), -1);
    }
}
