package io.verdict.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers a new run's records as they arrive, remembers their columns, and notes which business keys were seen
 * earlier in the same run (the duplicate rule), so that rule holds across chunks and restarts.
 */
final class RunIntake {

    private final String keyColumn;
    private final Set<String> seenKeys = new HashSet<>();
    private final List<String> columns = new ArrayList<>();
    private int count;

    /** Where numbered records go: in production, {@link WorkItemRows.Inserter}'s JDBC batches. */
    interface Rows {
        void add(int seq, String key, boolean keySeenBefore, String payload, Long originItemId);
    }

    RunIntake(String keyColumn) {
        this.keyColumn = keyColumn;
    }

    void add(Rows rows, Map<String, String> values, Long originItemId) {
        if (columns.isEmpty()) {
            columns.addAll(values.keySet());
        }
        String key =
                keyColumn == null ? null : values.getOrDefault(keyColumn, "").strip();
        boolean hasKey = key != null && !key.isEmpty();
        boolean seenBefore = hasKey && !seenKeys.add(key);
        rows.add(++count, hasKey ? key : null, seenBefore, Payloads.toJson(values), originItemId);
    }

    int count() {
        return count;
    }

    List<String> columns() {
        return columns;
    }
}
