package io.verdict.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Makes the database read a table by the named index. MariaDB needs {@code FORCE INDEX} for a run's pages: even told
 * to {@code USE INDEX (run_id, id)}, it reads {@code run_id = ? AND id > ?} from the run's first entry (a "ref" on
 * run_id) instead of seeking to the id, a second for the middle of a run of ten million. H2 knows only
 * {@code USE INDEX}, and follows it.
 */
public final class IndexHint {

    private IndexHint() {}

    /** The clause to put after the table's name, for the database behind {@code connection}. */
    public static String force(Connection connection, String index) throws SQLException {
        return (SqlDialect.of(connection) == SqlDialect.H2 ? "USE INDEX (" : "FORCE INDEX (") + index + ")";
    }
}
