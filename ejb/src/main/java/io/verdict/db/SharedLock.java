package io.verdict.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Locks the rows a query reads shared until the transaction ends: other shared locks pass, an exclusive lock (an
 * update, {@code FOR UPDATE}) waits for them, and they for it. MariaDB says {@code LOCK IN SHARE MODE}; H2 has no shared
 * row lock, so its rows are locked exclusively, which keeps the same guarantees one caller at a time.
 */
public final class SharedLock {

    private SharedLock() {}

    /** The clause to end the query with, for the database behind {@code connection}. */
    public static String clause(Connection connection) throws SQLException {
        return SqlDialect.of(connection) == SqlDialect.H2 ? " FOR UPDATE" : " LOCK IN SHARE MODE";
    }
}
