package io.verdict.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns one UPDATE writes to many rows, each row by its id with values of its own ({@code SET column = CASE id
 * WHEN ? THEN ? … END}): MariaDB runs a JDBC batch as one statement per row, each parsed and run on its own, which cost
 * more than the rows' writes.
 *
 * @param <T> what a row is written from
 */
public final class RowValues<T> {

    private final Function<T, Object> id;
    private final Map<String, Function<T, Object>> columns;

    private RowValues(Function<T, Object> id, Map<String, Function<T, Object>> columns) {
        this.id = id;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Rows keyed by {@code id}, written nothing yet; add the columns in the order they are set. */
    public static <T> RowValues<T> byId(Function<T, Object> id) {
        return new RowValues<>(id, Map.of());
    }

    /** These columns and one more, written with {@code value}. */
    public RowValues<T> and(String column, Function<T, Object> value) {
        Map<String, Function<T, Object>> more = new LinkedHashMap<>(columns);
        more.put(column, value);
        return new RowValues<>(id, more);
    }

    /** {@code column = CASE id … END, …} for {@code rows} rows, to follow {@code SET}. */
    public String assignments(int rows) {
        return String.join(
                ", ",
                columns.keySet().stream()
                        .map(column -> column + " = CASE id" + " WHEN ? THEN ?".repeat(rows) + " END")
                        .toList());
    }

    /** {@code id IN (?, …)} for {@code rows} rows. */
    public static String ids(int rows) {
        return "id IN (" + Jdbc.marks(rows, 1) + ")";
    }

    /** The parameters of {@link #assignments} for these rows, then their ids, for {@link #ids}. */
    public List<Object> parameters(List<T> rows) {
        List<Object> parameters = new ArrayList<>();
        columns.values()
                .forEach(value -> rows.forEach(row -> {
                    parameters.add(id.apply(row));
                    parameters.add(value.apply(row));
                }));
        rows.forEach(row -> parameters.add(id.apply(row)));
        return parameters;
    }
}
