package io.verdict.bench;

import io.verdict.ItDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline of the engine's throughput: a plain JDBC program doing the engine's persistence work and nothing else,
 * on the same MariaDB database, in a copy of the {@code work_item} table: the records inserted in batches of 500 in
 * one transaction (as an upload is), then read by keyset pages of {@code chunk} pending items and their results
 * written in batches of {@code chunk}, one transaction per chunk (as the batch job commits).
 */
final class JdbcBaseline {

    private static final int INSERT_BATCH = 500;

    private JdbcBaseline() {}

    /** How long the work took for these payloads. */
    static Duration run(List<String> payloads, int chunk) throws SQLException {
        try (Connection connection = ItDatabase.connection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_item");
            ddl.execute("CREATE TABLE bench_item LIKE work_item");
            try {
                Instant start = Instant.now();
                insert(connection, payloads);
                finish(connection, chunk);
                return Duration.between(start, Instant.now());
            } finally {
                ddl.execute("DROP TABLE bench_item");
            }
        }
    }

    private static void insert(Connection connection, List<String> payloads) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_item (run_id, seq,"
                + " business_key, key_seen_before, state, attempts, payload, origin_item_id)"
                + " VALUES (1, ?, ?, FALSE, 'PENDING', 0, ?, NULL)")) {
            for (int i = 0; i < payloads.size(); i++) {
                insert.setInt(1, i + 1);
                insert.setString(2, "BENCH-" + (i + 1));
                insert.setString(3, payloads.get(i));
                insert.addBatch();
                if ((i + 1) % INSERT_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
    }

    private static void finish(Connection connection, int chunk) throws SQLException {
        try (PreparedStatement page = connection.prepareStatement("SELECT id, seq, business_key, key_seen_before,"
                        + " payload FROM bench_item WHERE run_id = 1 AND state = 'PENDING' AND id > ? ORDER BY id");
                PreparedStatement update = connection.prepareStatement("UPDATE bench_item SET state = 'FINISHED',"
                        + " result = 'OK', reason_code = NULL, reason = NULL, suggested_action = NULL, attempts = 1,"
                        + " output = ?, ended_at = ? WHERE id = ? AND state IN ('PENDING', 'IN_FLIGHT')")) {
            page.setMaxRows(chunk);
            long after = 0;
            while (true) {
                page.setLong(1, after);
                List<Long> ids = new ArrayList<>(chunk);
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                        rows.getString(5);
                    }
                }
                if (ids.isEmpty()) {
                    return;
                }
                Timestamp now = Timestamp.from(Instant.now());
                for (long id : ids) {
                    update.setString(1, "Dry run: the data is valid; nothing was sent.");
                    update.setTimestamp(2, now);
                    update.setLong(3, id);
                    update.addBatch();
                }
                update.executeBatch();
                connection.commit();
                after = ids.get(ids.size() - 1);
            }
        }
    }
}
