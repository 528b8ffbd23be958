package io.verdict.run;

import static io.verdict.run.ItemState.ANSWERED;
import static io.verdict.run.ItemState.DONE;
import static io.verdict.run.ItemState.FINISHED;
import static io.verdict.run.ItemState.IN_FLIGHT;
import static io.verdict.run.ItemState.LEASED;
import static io.verdict.run.ItemState.PENDING;

import io.verdict.db.IndexHint;
import io.verdict.db.Jdbc;
import io.verdict.db.LongText;
import io.verdict.db.RowValues;
import io.verdict.handler.PendingItem;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The JDBC half of the work-item repository: the bulk paths over {@code work_item}, the busiest table, where JPA would
 * cost an entity per row. Inserting a run's records, reading its pending items by keyset, writing results in batches,
 * closing what a stop or a crash left, counting, paging and streaming a run's items. {@link WorkItems} is the JPA
 * half; no other class queries work items.
 */
@ApplicationScoped
public class WorkItemRows {

    static final String NEVER_STARTED = "Not processed, nothing was sent: relaunch it.";

    /** A run's items in id order; and those with one result, in id order (migrations V10 and V2). */
    private static final String RUN_ITEMS_INDEX = "ix_item_run_id", RUN_RESULTS_INDEX = "ix_item_run_result";

    /** A run's items in one state, in id order (migration V2): how the robots' leases find theirs. */
    public static final String RUN_STATES_INDEX = "ix_item_run_state";

    /** How many results one UPDATE writes: a chunk of 500 is five statements, not 500. */
    private static final int RESULTS_PER_STATEMENT = 100;

    /** The columns a result writes, each with its value for an item's outcome. */
    private static final RowValues<ItemOutcome> RESULT_COLUMNS = RowValues.<ItemOutcome>byId(ItemOutcome::itemId)
            .and("result", ItemOutcome::result)
            .and("reason_code", ItemOutcome::reasonCode)
            .and("reason", outcome -> LongText.clip(outcome.reason()))
            .and("suggested_action", outcome -> LongText.clip(outcome.suggestedAction()))
            .and("attempts", ItemOutcome::attempts)
            .and("output", outcome -> LongText.clip(outcome.output()));

    @Resource(lookup = "java:jboss/datasources/VerdictDS")
    DataSource dataSource;

    private Jdbc jdbc;

    @PostConstruct
    void connect() {
        jdbc = new Jdbc(dataSource);
    }

    /** Inserts a run's records in JDBC batches, within the caller's transaction. */
    public Inserter inserter(long runId) {
        try {
            return new Inserter(dataSource.getConnection(), runId);
        } catch (SQLException e) {
            throw Jdbc.failure("open the insert of run " + runId + "'s records", e);
        }
    }

    /**
     * Up to {@code limit} pending items of the run in {@code range} with an id above {@code afterId}, in id order.
     */
    public List<PendingItem> pendingPage(long runId, ItemRange range, long afterId, int limit) {
        return jdbc.list(
                "read the pending items of run " + runId + " after item " + afterId,
                "SELECT id, seq, business_key, key_seen_before, payload FROM work_item"
                        + " WHERE run_id = ? AND state = ? AND id > ? AND id <= ? ORDER BY id",
                limit,
                row -> new PendingItem(
                        row.getLong(1),
                        row.getInt(2),
                        row.getString(3),
                        row.getBoolean(4),
                        Payloads.fromJson(row.getString(5))),
                runId,
                PENDING,
                Math.max(afterId, range.afterId()),
                range.upToId());
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
        return ItemRange.endingAt(jdbc.list(
                "cut run " + runId + "'s pending items into " + parts + " partitions",
                "SELECT MAX(id) FROM (SELECT id, NTILE(?) OVER (ORDER BY id) AS part FROM work_item"
                        + " WHERE run_id = ? AND state = ?) parts GROUP BY part ORDER BY part",
                0,
                row -> row.getLong(1),
                parts,
                runId,
                PENDING));
    }

    /**
     * The ids of a page of the run's items after {@code afterId}, in id order: all of them, or those with the given
     * results; only those whose key, data or reason match {@code pattern} (a lower-case LIKE pattern) unless it is
     * null. Each result is read by its own range of the run's result index and the ranges merged, so that a page costs
     * the same at any depth; a text that matches little reads on through the run until the page is full.
     */
    public List<Long> pageIds(long runId, Collection<Result> results, String pattern, long afterId, int limit) {
        return jdbc.with("read a page of run " + runId + "'s items after item " + afterId, connection -> {
            if (results.isEmpty()) {
                return pageIds(connection, null, runId, pattern, afterId, limit);
            }
            TreeSet<Long> merged = new TreeSet<>();
            for (Result result : results) {
                merged.addAll(pageIds(connection, result, runId, pattern, afterId, limit));
            }
            return merged.stream().limit(limit).toList();
        });
    }

    private static List<Long> pageIds(
            Connection connection, Result result, long runId, String pattern, long afterId, int limit)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id FROM work_item ")
                .append(IndexHint.force(connection, result == null ? RUN_ITEMS_INDEX : RUN_RESULTS_INDEX))
                .append(" WHERE run_id = ?")
                .append(result == null ? "" : " AND result = ?")
                .append(" AND id > ?");
        List<Object> parameters = new ArrayList<>(List.of(runId));
        if (result != null) {
            parameters.add(result);
        }
        parameters.add(afterId);
        if (pattern != null) {
            sql.append(" AND (LOWER(business_key) LIKE ? OR LOWER(payload) LIKE ? OR LOWER(reason) LIKE ?)");
            parameters.addAll(Collections.nCopies(3, pattern));
        }
        return Jdbc.list(
                connection, sql.append(" ORDER BY id").toString(), limit, row -> row.getLong(1), parameters.toArray());
    }

    /**
     * The id of the run's last item before record {@code seq}, or null when no item comes before it. Within a run ids
     * grow with record numbers, so the id is found by bisecting the run's ids, some twenty seeks in the run's id index
     * for ten million items, where counting or filtering by record number would read every item up to it.
     */
    public Long idBefore(long runId, int seq) {
        return jdbc.with("find the item before record " + seq + " of run " + runId, connection -> {
            try (PreparedStatement bounds =
                            connection.prepareStatement("SELECT MIN(id), MAX(id) FROM work_item WHERE run_id = ?");
                    PreparedStatement probe = connection.prepareStatement("SELECT id, seq FROM work_item "
                            + IndexHint.force(connection, RUN_ITEMS_INDEX)
                            + " WHERE run_id = ? AND id >= ? ORDER BY id")) {
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
            }
        });
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
        return jdbc.update(
                        "mark item " + itemId + " in flight",
                        "UPDATE work_item SET state = ? WHERE id = ? AND state = ? AND EXISTS"
                                + " (SELECT 1 FROM run WHERE run.id = work_item.run_id AND run.job_execution_id = ?)",
                        IN_FLIGHT,
                        itemId,
                        PENDING,
                        jobExecutionId)
                == 1;
    }

    /**
     * Writes results, {@value #RESULTS_PER_STATEMENT} items a statement, and puts the robot ERRORs to retry back to
     * pending, leasable after their backoff. An item that is no longer pending, in flight or answered (a terminated run
     * already closed it) keeps what it has.
     */
    public void save(List<ItemOutcome> outcomes) {
        Instant now = Instant.now();
        List<ItemOutcome> results =
                outcomes.stream().filter(outcome -> !outcome.isRetry()).toList();
        for (int from = 0; from < results.size(); from += RESULTS_PER_STATEMENT) {
            writeResults(results.subList(from, Math.min(results.size(), from + RESULTS_PER_STATEMENT)), now);
        }
        List<ItemOutcome> retries =
                outcomes.stream().filter(ItemOutcome::isRetry).toList();
        if (!retries.isEmpty()) {
            jdbc.with("put " + retries.size() + " items back to retry", connection -> {
                try (PreparedStatement retry = connection.prepareStatement(
                        "UPDATE work_item SET state = ?, lease_id = NULL, not_before = ?, attempts = ?"
                                + " WHERE id = ? AND state = ?")) {
                    for (ItemOutcome outcome : retries) {
                        Jdbc.bind(retry, PENDING, outcome.retryAt(), outcome.attempts(), outcome.itemId(), ANSWERED);
                        retry.addBatch();
                    }
                    return retry.executeBatch();
                }
            });
        }
    }

    private void writeResults(List<ItemOutcome> results, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(FINISHED, now));
        parameters.addAll(RESULT_COLUMNS.parameters(results));
        parameters.addAll(List.of(PENDING, IN_FLIGHT, ANSWERED));
        jdbc.update(
                "write the results of " + results.size() + " items",
                "UPDATE work_item SET state = ?, ended_at = ?, " + RESULT_COLUMNS.assignments(results.size())
                        + " WHERE " + RowValues.ids(results.size()) + " AND state IN (?, ?, ?)",
                parameters.toArray());
    }

    /**
     * Hands the run's items with the given results (all when empty) to {@code consumer} in sequence, streaming from the
     * database (the driver fetches a window of rows at a time).
     */
    public void forEachReportItem(long runId, Collection<Result> results, Consumer<RunReport.Item> consumer) {
        StringBuilder sql = new StringBuilder("SELECT id, seq, COALESCE(result, state), reason_code, reason,"
                + " suggested_action, attempts, output, resolution, payload FROM work_item WHERE run_id = ?");
        if (!results.isEmpty()) {
            sql.append(" AND result IN (").append(Jdbc.marks(results.size(), 1)).append(")");
        }
        List<Object> parameters = new ArrayList<>(List.of(runId));
        parameters.addAll(results);
        jdbc.with("read the report of run " + runId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    sql.append(" ORDER BY id").toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(500);
                Jdbc.bind(select, parameters.toArray());
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
                return null;
            }
        });
    }

    /** Ends the run's in-flight items ERROR INTERRUPTED: nobody knows whether the target system got them. */
    public int interruptInFlight(long runId, String reason) {
        return interrupt(runId, IN_FLIGHT, reason);
    }

    /**
     * Ends the run's items in state {@code from} ERROR INTERRUPTED, to verify in the target system: in flight in the
     * server, or held by a robot whose lease a stop revoked.
     */
    public int interrupt(long runId, ItemState from, String reason) {
        return close(runId, from, ReasonCode.INTERRUPTED, reason, ReasonCode.INTERRUPTED.suggestedAction());
    }

    /**
     * Closes the items a stopped run did not reach: ERROR (relaunchable; nothing was sent, so it is safe to) or DONE, as
     * the user chose.
     */
    public int closePending(long runId, PendingPolicy policy, String reason) {
        if (policy == PendingPolicy.DONE) {
            return jdbc.update(
                    "close run " + runId + "'s pending items as done",
                    "UPDATE work_item SET state = ?, reason = ?, suggested_action = ?, ended_at = ?"
                            + " WHERE run_id = ? AND state = ?",
                    DONE,
                    reason,
                    "Closed unprocessed by the stop: relaunch it, or resolve it once handled.",
                    Instant.now(),
                    runId,
                    PENDING);
        }
        return close(runId, PENDING, ReasonCode.INTERRUPTED, reason, NEVER_STARTED);
    }

    /** Ends every still pending item ERROR with the given reason: the batch execution failed before reaching them. */
    public int failPending(long runId, ReasonCode reasonCode, String reason) {
        return close(runId, PENDING, reasonCode, reason, NEVER_STARTED);
    }

    public RunCounts counts(long runId) {
        return jdbc.with("count the items of run " + runId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state, result, COUNT(*), SUM(CASE WHEN resolution IS NULL THEN 1 ELSE 0 END)"
                            + " FROM work_item WHERE run_id = ? GROUP BY state, result")) {
                select.setLong(1, runId);
                int total = 0, ok = 0, ko = 0, error = 0, pending = 0, done = 0, unresolved = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String result = rows.getString(2);
                        int count = rows.getInt(3);
                        total += count;
                        switch (ItemState.valueOf(rows.getString(1))) {
                            case PENDING, IN_FLIGHT, LEASED, ANSWERED -> pending += count;
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
            }
        });
    }

    private int close(long runId, ItemState from, ReasonCode reasonCode, String reason, String suggestedAction) {
        return jdbc.update(
                "end run " + runId + "'s " + from + " items " + reasonCode,
                "UPDATE work_item SET state = ?, result = ?, reason_code = ?, reason = ?,"
                        + " suggested_action = ?, ended_at = ? WHERE run_id = ? AND state = ?",
                FINISHED,
                Result.ERROR,
                reasonCode,
                LongText.clip(reason),
                suggestedAction,
                Instant.now(),
                runId,
                from);
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
            this.insert = connection.prepareStatement("INSERT INTO work_item (run_id, seq, business_key,"
                    + " key_seen_before, state, attempts, payload, origin_item_id) VALUES (?, ?, ?, ?, ?, 0, ?, ?)");
        }

        @Override
        public void add(int seq, String key, boolean keySeenBefore, String payload, Long originItemId) {
            try {
                insert.setLong(1, runId);
                insert.setInt(2, seq);
                insert.setString(3, key == null || key.length() <= 200 ? key : key.substring(0, 200));
                insert.setBoolean(4, keySeenBefore);
                insert.setString(5, PENDING.name());
                insert.setString(6, payload);
                if (originItemId == null) {
                    insert.setNull(7, Types.BIGINT);
                } else {
                    insert.setLong(7, originItemId);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw Jdbc.failure("insert record " + seq + " of run " + runId, e);
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
                throw Jdbc.failure("insert the last records of run " + runId, e);
            }
        }
    }
}
