package io.verdict.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import javax.sql.DataSource;

/**
 * Plain SQL for the few paths JPA makes slow, with one promise: a failure says what the statement was for ("Cannot
 * write the results of 50 items: …"), never a bare {@code SQLException}. Parameters are bound in order; an
 * {@link Instant} is stored in UTC, as Hibernate stores timestamps ({@code hibernate.jdbc.time_zone}), and an enum by
 * its name.
 */
public final class Jdbc {

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T of(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work on a connection of its own, closed afterwards. */
    public <T> T with(String purpose, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw failure(purpose, e);
        }
    }

    /** Up to {@code maxRows} rows of the query (0: all), each read by {@code row}. */
    public <T> List<T> list(String purpose, String sql, int maxRows, Row<T> row, Object... parameters) {
        return with(purpose, connection -> list(connection, sql, maxRows, row, parameters));
    }

    /** The same on a connection the caller holds. */
    public static <T> List<T> list(Connection connection, String sql, int maxRows, Row<T> row, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            select.setMaxRows(maxRows);
            List<T> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(row.of(rows));
                }
            }
            return values;
        }
    }

    /** Runs an UPDATE, INSERT or DELETE; how many rows it changed. */
    public int update(String purpose, String sql, Object... parameters) {
        return with(purpose, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                bind(update, parameters);
                return update.executeUpdate();
            }
        });
    }

    /**
     * {@code count} groups of {@code group} placeholders, for one statement over many rows: {@code marks(2, 3)} is
     * {@code (?, ?, ?), (?, ?, ?)}, {@code marks(3, 1)} is {@code ?, ?, ?}.
     */
    public static String marks(int count, int group) {
        String one = String.join(", ", Collections.nCopies(group, "?"));
        return String.join(", ", Collections.nCopies(count, group == 1 ? one : "(" + one + ")"));
    }

    /** Binds the parameters in order, from the first placeholder. */
    public static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            set(statement, i + 1, parameters[i]);
        }
    }

    /** Binds one parameter: an instant as a UTC timestamp, an enum by its name, anything else as it is. */
    public static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant), utc());
        } else if (value instanceof Enum<?> constant) {
            statement.setString(index, constant.name());
        } else {
            statement.setObject(index, value);
        }
    }

    /** Reads a UTC timestamp column, as {@link #set} writes it. */
    public static Instant instant(ResultSet row, int index) throws SQLException {
        Timestamp timestamp = row.getTimestamp(index, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The exception for a statement that failed, naming what it was for. */
    public static IllegalStateException failure(String purpose, SQLException e) {
        return new IllegalStateException("Cannot " + purpose + ": " + e.getMessage(), e);
    }

    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
    }
}
