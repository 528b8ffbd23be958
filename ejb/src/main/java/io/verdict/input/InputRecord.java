package io.verdict.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record: its 1-based row number in the file (for CSV/XLSX the header is row 1, so the first record is row 2; for
 * JSON the item's 1-based index) and its values by canonical column name, in file column order. The map is read-only
 * and never holds null.
 */
public record InputRecord(int row, Map<String, String> values) {

    public InputRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
