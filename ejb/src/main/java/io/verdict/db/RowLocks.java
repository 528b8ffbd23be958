package io.verdict.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The row locks that let robots lease from one run at once on MariaDB, and what stands for them on H2. On MariaDB a
 * lease locks its run shared (other shared locks pass; a stop's exclusive lock waits for them, and they for it) and its
 * records with {@code SKIP LOCKED}, passing over those another lease holds. H2 has no shared row lock, so its runs are
 * locked exclusively, which keeps leases one at a time; and H2 locks every row a locking read matches before it applies
 * the read's {@code LIMIT}, so there the records are read without a lock, which the run's lock makes safe.
 */
public final class RowLocks {

    private RowLocks() {}

    /** The clause that locks the rows a query reads shared until the transaction ends (exclusively on H2). */
    public static String shared(Connection connection) throws SQLException {
        return SqlDialect.of(connection) == SqlDialect.H2 ? " FOR UPDATE" : " LOCK IN SHARE MODE";
    }

    /**
     * The clause that locks the rows a query reads, passing over rows another transaction holds; none on H2, where the
     * caller holds a lock that keeps the others out (see {@link #shared}).
     */
    public static String skipLocked(Connection connection) throws SQLException {
        return SqlDialect.of(connection) == SqlDialect.H2 ? "" : " FOR UPDATE SKIP LOCKED";
    }
}
