package io.verdict.run;

import io.verdict.db.IndexHint;
import io.verdict.db.LongText;
import io.verdict.handler.PendingItem;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The bulk paths over work items, in plain JDBC: inserting a run's records, reading its pending items by keyset, and
 * writing results in batches. Everything else reads items through JPA.
 */
@ApplicationScoped
public class WorkItemStore {

    static final String NEVER_STARTED = "Not processed, nothing was sent: relaunch it.";

    /** A run's items in id order; and those with one result, in id order (migrations V10 and V2). */
    private static final String RUN_ITEMS_INDEX = "ix_item_run_id", RUN_RESULTS_INDEX = "ix_item_run_result";

    @Resource(lookup = "java:jboss/datasources/VerdictDS")
    DataSource dataSource;

    /** Inserts a run's records in JDBC batches, within the caller's transaction. */
    public Inserter inserter(long runId) {
        try {
            return new Inserter(dataSource.getConnection(), runId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Up to {@code limit} pending items of the run in {@code range} with an id above {@code afterId}, in id order.
     */
    public List<PendingItem> pendingPage(long runId, ItemRange range, long afterId, int limit) {
        String sql = "SELECT id, seq, business_key, key_seen_before, payload FROM work_item"
                + " WHERE run_id = ? AND state = 'PENDING' AND id > ? AND id <= ? ORDER BY id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, runId);
            select.setLong(2, Math.max(afterId, range.afterId()));
            select.setLong(3, range.upToId());
            select.setMaxRows(limit);
            List<PendingItem> page = new ArrayList<>(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(new PendingItem(
                            rows.getLong(1),
                            rows.getInt(2),
                            rows.getString(3),
                            rows.getBoolean(4),
                            Payloads.fromJson(rows.getString(5))));
                }
            }
            return page;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The run's pending items cut into {@code parts} ranges in id order whose counts differ by one at most, one per
     * partition; fewer when fewer items are pending. The database deals the items out ({@code NTILE}) and returns only
     * the last id of each range.
     */
    public List<ItemRange> pendingRanges(long runId, int parts) {
        if (parts == 1) {
            return List.of(ItemRange.ALL);
        }
        String sql = "SELECT MAX(id) FROM (SELECT id, NTILE(?) OVER (ORDER BY id) AS part FROM work_item"
                + " WHERE run_id = ? AND state = 'PENDING') parts GROUP BY part ORDER BY part";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, parts);
            select.setLong(2, runId);
            List<Long> lastIds = new ArrayList<>(parts);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lastIds.add(rows.getLong(1));
                }
            }
            return ItemRange.endingAt(lastIds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ids of a page of the run's items after {@code afterId}, in id order: all of them, or those with the given
     * results; only those whose key, data or reason match {@code pattern} (a lower-case LIKE pattern) unless it is
     * null. Each result is read by its own range of the run's result index and the ranges merged, so that a page costs
     * the same at any depth; a text that matches little reads on through the run until the page is full.
     */
    public List<Long> pageIds(long runId, Collection<Result> results, String pattern, long afterId, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            if (results.isEmpty()) {
                return pageIds(connection, null, runId, pattern, afterId, limit);
            }
            TreeSet<Long> merged = new TreeSet<>();
            for (Result result : results) {
                merged.addAll(pageIds(connection, result, runId, pattern, afterId, limit));
            }
            return merged.stream().limit(limit).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> pageIds(
            Connection connection, Result result, long runId, String pattern, long afterId, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id FROM work_item ")
                .append(IndexHint.force(connection, result == null ? RUN_ITEMS_INDEX : RUN_RESULTS_INDEX))
                .append(" WHERE run_id = ?")
                .append(result == null ? "" : " AND result = ?")
                .append(" AND id > ?");
        if (pattern != null) {
            sql.append(" AND (LOWER(business_key) LIKE ? OR LOWER(payload) LIKE ? OR LOWER(reason) LIKE ?)");
        }
        try (PreparedStatement select =
                connection.prepareStatement(sql.append(" ORDER BY id").toString())) {
            int parameter = 1;
            select.setLong(parameter++, runId);
            if (result != null) {
                select.setString(parameter++, result.name());
            }
            select.setLong(parameter++, afterId);
            if (pattern != null) {
                for (int i = 0; i < 3; i++) {
                    select.setString(parameter++, pattern);
                }
            }
            select.setMaxRows(limit);
            List<Long> ids = new ArrayList<>(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    /**
     * The id of the run's last item before record {@code seq}, or null when no item comes before it. Within a run ids
     * grow with record numbers, so the id is found by bisecting the run's ids, some twenty seeks in the run's id index
     * for ten million items, where counting or filtering by record number would read every item up to it.
     */
    public Long idBefore(long runId, int seq) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement bounds =
                        connection.prepareStatement("SELECT MIN(id), MAX(id) FROM work_item WHERE run_id = ?");
                PreparedStatement probe = connection.prepareStatement("SELECT id, seq FROM work_item "
                        + IndexHint.force(connection, RUN_ITEMS_INDEX) + " WHERE run_id = ? AND id >= ? ORDER BY id")) {
            bounds.setLong(1, runId);
            long low, high;
            try (ResultSet row = bounds.executeQuery()) {
                row.next();
                low = row.getLong(1);
                high = row.getLong(2);
                if (row.wasNull()) {
                    return null;
                }
            }
            probe.setLong(1, runId);
            probe.setMaxRows(1);
            if (seqAt(probe, low)[1] >= seq) {
                return null;
            }
            while (low < high) {
                long middle = low + (high - low + 1) / 2;
                long[] item = seqAt(probe, middle);
                if (item[1] < seq) {
                    low = item[0];
                } else {
                    high = middle - 1;
                }
            }
            return low;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id and record number of the run's first item whose id is {@code id} or above (the probe is bound to it). */
    private static long[] seqAt(PreparedStatement probe, long id) throws SQLException {
        probe.setLong(2, id);
        try (ResultSet row = probe.executeQuery()) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /**
     * Records, in a transaction of its own, that the item's handler is about to touch the target system: if the server
     * dies now, the item ends ERROR INTERRUPTED instead of being processed again. False when the item is no longer
     * pending (a stop closed it), or when its run is no longer this job execution's (its robot was taken for silent
     * and another robot resumed the run): then it must not be processed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean markInFlight(long itemId, long jobExecutionId) {
        return update(
                        "UPDATE work_item SET state = 'IN_FLIGHT' WHERE id = ? AND state = 'PENDING' AND EXISTS"
                                + " (SELECT 1 FROM run WHERE run.id = work_item.run_id AND run.job_execution_id = ?)",
                        itemId,
                        jobExecutionId)
                == 1;
    }

    /**
     * Writes results in one JDBC batch. An item that is no longer pending or in flight (a terminated run already closed
     * it) keeps what it has.
     */
    public void save(List<ItemOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        String sql = "UPDATE work_item SET state = 'FINISHED', result = ?, reason_code = ?, reason = ?,"
                + " suggested_action = ?, attempts = ?, output = ?, ended_at = ?"
                + " WHERE id = ? AND state IN ('PENDING', 'IN_FLIGHT')";
        Timestamp now = now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (ItemOutcome outcome : outcomes) {
                update.setString(1, outcome.result().name());
                update.setString(
                        2,
                        outcome.reasonCode() == null
                                ? null
                                : outcome.reasonCode().name());
                update.setString(3, LongText.clip(outcome.reason()));
                update.setString(4, LongText.clip(outcome.suggestedAction()));
                update.setInt(5, outcome.attempts());
                update.setString(6, LongText.clip(outcome.output()));
                update.setTimestamp(7, now, utc());
                update.setLong(8, outcome.itemId());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Hands the run's items with the given results (all when empty) to {@code consumer} in sequence, streaming from the
     * database (the driver fetches a window of rows at a time).
     */
    public void forEachReportItem(long runId, Collection<Result> results, Consumer<RunReport.Item> consumer) {
        StringBuilder sql = new StringBuilder("SELECT id, seq, COALESCE(result, state), reason_code, reason,"
                + " suggested_action, attempts, output, resolution, payload FROM work_item WHERE run_id = ?");
        if (!results.isEmpty()) {
            sql.append(" AND result IN (")
                    .append(String.join(",", Collections.nCopies(results.size(), "?")))
                    .append(")");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        sql.append(" ORDER BY id").toString(),
                        ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(500);
            select.setLong(1, runId);
            int parameter = 2;
            for (Result result : results) {
                select.setString(parameter++, result.name());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(new RunReport.Item(
                            rows.getLong(1),
                            rows.getInt(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getInt(7),
                            rows.getString(8),
                            rows.getString(9),
                            rows.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the run's in-flight items ERROR INTERRUPTED: nobody knows whether the target system got them. */
    public int interruptInFlight(long runId, String reason) {
        return close(
                runId, ItemState.IN_FLIGHT, ReasonCode.INTERRUPTED, reason, ReasonCode.INTERRUPTED.suggestedAction());
    }

    /**
     * Closes the items a stopped run did not reach: ERROR (relaunchable; nothing was sent, so it is safe to) or DONE, as
     * the user chose.
     */
    public int closePending(long runId, PendingPolicy policy, String reason) {
        if (policy == PendingPolicy.DONE) {
            return update(
                    "UPDATE work_item SET state = 'DONE', reason = ?, suggested_action = ?, ended_at = ?"
                            + " WHERE run_id = ? AND state = 'PENDING'",
                    reason,
                    "Closed unprocessed by the stop: relaunch it, or resolve it once handled.",
                    now(),
                    runId);
        }
        return close(runId, ItemState.PENDING, ReasonCode.INTERRUPTED, reason, NEVER_STARTED);
    }

    /** Ends every still pending item ERROR with the given reason: the batch execution failed before reaching them. */
    public int failPending(long runId, ReasonCode reasonCode, String reason) {
        return close(runId, ItemState.PENDING, reasonCode, reason, NEVER_STARTED);
    }

    public RunCounts counts(long runId) {
        String sql = "SELECT state, result, COUNT(*), SUM(CASE WHEN resolution IS NULL THEN 1 ELSE 0 END)"
                + " FROM work_item WHERE run_id = ? GROUP BY state, result";
        int total = 0, ok = 0, ko = 0, error = 0, pending = 0, done = 0, unresolved = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ItemState state = ItemState.valueOf(rows.getString(1));
                    String result = rows.getString(2);
                    int count = rows.getInt(3);
                    total += count;
                    switch (state) {
                        case PENDING, IN_FLIGHT -> pending += count;
                        case DONE -> {
                            done += count;
                            unresolved += rows.getInt(4);
                        }
                        case FINISHED -> {
                            switch (Result.valueOf(result)) {
                                case OK -> ok += count;
                                case KO -> ko += count;
                                case ERROR -> error += count;
                            }
                            if (!Result.OK.name().equals(result)) {
                                unresolved += rows.getInt(4);
                            }
                        }
                    }
                }
            }
            return new RunCounts(total, ok, ko, error, pending, done, unresolved);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int close(long runId, ItemState from, ReasonCode reasonCode, String reason, String suggestedAction) {
        return update(
                "UPDATE work_item SET state = 'FINISHED', result = 'ERROR', reason_code = ?, reason = ?,"
                        + " suggested_action = ?, ended_at = ? WHERE run_id = ? AND state = ?",
                reasonCode.name(),
                LongText.clip(reason),
                suggestedAction,
                now(),
                runId,
                from.name());
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof Timestamp timestamp) {
                    update.setTimestamp(i + 1, timestamp, utc());
                } else {
                    update.setObject(i + 1, parameters[i]);
                }
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Timestamps are stored in UTC, as Hibernate stores them ({@code hibernate.jdbc.time_zone}). */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /** Adds a run's records to JDBC batches of {@value #BATCH} rows. */
    public static final class Inserter implements RunIntake.Rows, AutoCloseable {

        private static final int BATCH = 500;
        private final Connection connection;
        private final PreparedStatement insert;
        private final long runId;
        private int pending;

        Inserter(Connection connection, long runId) throws SQLException {
            this.connection = connection;
            this.runId = runId;
            this.insert = connection.prepareStatement(
                    "INSERT INTO work_item (run_id, seq, business_key,"
                            + " key_seen_before, state, attempts, payload, origin_item_id) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?)");
        }

        @Override
        public void add(int seq, String key, boolean keySeenBefore, String payload, Long originItemId) {
            try {
                insert.setLong(1, runId);
                insert.setInt(2, seq);
                insert.setString(3, key == null || key.length() <= 200 ? key : key.substring(0, 200));
                insert.setBoolean(4, keySeenBefore);
                insert.setString(5, payload);
                if (originItemId == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, originItemId);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void flush() throws SQLException {
            insert.executeBatch();
            pending = 0;
        }

        @Override
        public void close() {
            try (connection;
                    insert) {
                if (pending > 0) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
