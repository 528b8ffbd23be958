package io.verdict.lease;

import static io.verdict.run.ItemState.ANSWERED;
import static io.verdict.run.ItemState.FINISHED;
import static io.verdict.run.ItemState.LEASED;
import static io.verdict.run.ItemState.PENDING;

import io.verdict.db.IndexHint;
import io.verdict.db.Jdbc;
import io.verdict.db.LongText;
import io.verdict.db.RowLocks;
import io.verdict.db.RowValues;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import io.verdict.run.Payloads;
import io.verdict.run.RunState;
import io.verdict.run.WorkItemRows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The JDBC of the robot protocol, within the caller's transaction: a lease moves its record through {@code work_item}'s
 * LEASED and ANSWERED states and keeps its own row in {@code work_lease}, each change conditional on the state it
 * expects, so that a lease, its answer, its expiry and a stop that revokes it never both win.
 */
@ApplicationScoped
public class LeaseRows {

    /** A record that may be leased: pending, its backoff (if it failed before) passed. */
    record Leasable(long id, int seq, String key, boolean keySeenBefore, int attempts, String payload) {}

    /** A lease as its row says, locked for the call that reads it. */
    record Held(String id, long itemId, long runId, String robot, int attempt, LeaseState state, Instant expiresAt) {}

    @Resource(lookup = "java:jboss/datasources/VerdictDS")
    DataSource dataSource;

    @Inject
    WorkItemRows items;

    private Jdbc jdbc;

    @PostConstruct
    void connect() {
        jdbc = new Jdbc(dataSource);
    }

    /** A run that robots may lease from: its id, its number and whether it is a dry run. */
    record Running(long id, int number, boolean dryRun) {}

    /**
     * The process's running runs that the robot may work (not assigned to another robot), oldest first, locked shared
     * until the transaction ends: robots lease from a run at once, while a stop or the end of its job, which lock it
     * exclusively, wait for their leases, and they for it. The ids are read first and the runs then locked by primary
     * key, as a stop or the end of their job locks them: a locking read over the process's runs would also lock the
     * index entries of its ended runs, in the other order, which MariaDB ends as a deadlock.
     */
    List<Running> lockRunning(long processId, String robot) {
        List<Long> ids = jdbc.list(
                "find the running runs of process " + processId,
                "SELECT id FROM run WHERE process_id = ? AND state = ? AND (assigned_robot IS NULL OR assigned_robot = ?)"
                        + " ORDER BY id",
                0,
                row -> row.getLong(1),
                processId,
                RunState.RUNNING,
                robot);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.with(
                "lock the running runs of process " + processId,
                connection -> Jdbc.list(
                        connection,
                        "SELECT id, number, dry_run FROM run WHERE id IN (" + Jdbc.marks(ids.size(), 1)
                                + ") AND state = ? ORDER BY id" + RowLocks.shared(connection),
                        0,
                        row -> new Running(row.getLong(1), row.getInt(2), row.getBoolean(3)),
                        parameters(ids, List.of(RunState.RUNNING))));
    }

    /** How many of the run's records robots hold now. */
    int leased(long runId) {
        return jdbc.list(
                        "count the leased records of run " + runId,
                        "SELECT COUNT(*) FROM work_item WHERE run_id = ? AND state = ?",
                        1,
                        row -> row.getInt(1),
                        runId,
                        LEASED)
                .get(0);
    }

    /**
     * Up to {@code limit} of the run's pending records whose backoff has passed, in id order, locked until the
     * transaction ends; records another lease has locked are passed over rather than waited for, so that robots leasing
     * at once each take records of their own (on H2, where leases of a run go one at a time, read without a lock: see
     * {@link RowLocks}). Read by the run's state index, and ordered as it is (by run and state, which the query fixes,
     * then id): given {@code ORDER BY id}, MariaDB otherwise reads the run's id index from its first record, past every
     * record already leased or done (a one-record lease took 20 ms at its median over a run of 5,000 records, 13 ms
     * with the hint), and H2 sorts what it read.
     */
    List<Leasable> lockLeasable(long runId, Instant now, int limit) {
        return jdbc.with(
                "lock the leasable records of run " + runId,
                connection -> Jdbc.list(
                        connection,
                        "SELECT id, seq, business_key, key_seen_before, attempts, payload FROM work_item "
                                + IndexHint.force(connection, WorkItemRows.RUN_STATES_INDEX)
                                + " WHERE run_id = ? AND state = ? AND (not_before IS NULL OR not_before <= ?)"
                                + " ORDER BY run_id, state, id LIMIT ?" + RowLocks.skipLocked(connection),
                        0,
                        row -> new Leasable(
                                row.getLong(1),
                                row.getInt(2),
                                row.getString(3),
                                row.getBoolean(4),
                                row.getInt(5),
                                row.getString(6)),
                        runId,
                        PENDING,
                        now,
                        limit));
    }

    /**
     * Leases the records, locked by {@link #lockLeasable}, to {@code robot}: each is marked LEASED, its attempt
     * counted, and its lease inserted, in one statement each for all of them (a JDBC batch is as many statements to
     * MariaDB, each parsed and run on its own).
     */
    List<Lease> take(LeaseRun run, String robot, List<Leasable> records, Instant now, Instant expiresAt) {
        List<Object> inserted = new ArrayList<>();
        List<Lease> leases = new ArrayList<>();
        for (Leasable record : records) {
            String id = UUID.randomUUID().toString();
            int attempt = record.attempts() + 1;
            inserted.addAll(List.of(id, record.id(), run.runId(), robot, attempt, LeaseState.LEASED, now, expiresAt));
            leases.add(new Lease(
                    id,
                    record.id(),
                    run.runId(),
                    run.runNumber(),
                    run.process(),
                    record.seq(),
                    record.key(),
                    record.keySeenBefore(),
                    attempt,
                    run.dryRun(),
                    Payloads.fromJson(record.payload()),
                    expiresAt));
        }
        List<Object> marked = new ArrayList<>(List.of(LEASED, robot));
        marked.addAll(LEASE_IDS.parameters(leases));
        String purpose = "lease " + records.size() + " records of run " + run.runId() + " to " + robot;
        marked.add(PENDING);
        int taken = jdbc.update(
                purpose,
                "UPDATE work_item SET state = ?, robot = ?, attempts = attempts + 1, "
                        + LEASE_IDS.assignments(leases.size()) + " WHERE " + RowValues.ids(leases.size())
                        + " AND state = ?",
                marked.toArray());
        if (taken != leases.size()) {
            throw new IllegalStateException("Leasing " + leases.size() + " records of run " + run.runId() + " found "
                    + (leases.size() - taken) + " of them no longer pending, though they were locked: none is leased.");
        }
        jdbc.update(
                purpose,
                "INSERT INTO work_lease (id, item_id, run_id, robot, attempt, state, created_at, expires_at) VALUES "
                        + Jdbc.marks(records.size(), 8),
                inserted.toArray());
        return leases;
    }

    /** Opens the run's lease gate, as the run is created: the row that leases lock one at a time. */
    void openGate(long runId) {
        jdbc.update("open the lease gate of run " + runId, "INSERT INTO lease_gate (run_id) VALUES (?)", runId);
    }

    /**
     * Locks the run's lease gate until the transaction ends: leases pass it one at a time, each then counting what the
     * leases before it hold. Every run's gate is open: it was opened with the run (or by migration V16).
     */
    void passGate(long runId) {
        if (jdbc.list(
                        "pass the lease gate of run " + runId,
                        "SELECT run_id FROM lease_gate WHERE run_id = ? FOR UPDATE",
                        1,
                        row -> row.getLong(1),
                        runId)
                .isEmpty()) {
            throw new IllegalStateException("Run " + runId + " has no lease gate: one is opened with every run.");
        }
    }

    /** A robot's answer for a lease it holds, the lease locked. */
    record Reply(Held lease, RobotAnswer answer) {}

    /** The lease, its row locked until the transaction ends; empty when there is no such lease. */
    Optional<Held> lock(String leaseId) {
        return Optional.ofNullable(lockAll(List.of(leaseId)).get(key(leaseId)));
    }

    /**
     * The leases there are of these, their rows locked until the transaction ends, in id order (so that two calls
     * never wait on each other in a circle), by their {@link #key}.
     */
    Map<String, Held> lockAll(List<String> leaseIds) {
        Map<String, Held> locked = new HashMap<>();
        jdbc.list(
                        "lock " + leaseIds.size() + " leases",
                        "SELECT id, item_id, run_id, robot, attempt, state, expires_at FROM work_lease WHERE id IN ("
                                + Jdbc.marks(leaseIds.size(), 1) + ") ORDER BY id FOR UPDATE",
                        0,
                        row -> new Held(
                                row.getString(1),
                                row.getLong(2),
                                row.getLong(3),
                                row.getString(4),
                                row.getInt(5),
                                LeaseState.valueOf(row.getString(6)),
                                Jdbc.instant(row, 7)),
                        leaseIds.toArray())
                .forEach(lease -> locked.put(key(lease.id()), lease));
        return locked;
    }

    /** A lease id as {@link #lockAll} keys it: MariaDB compares ids ignoring case and trailing spaces. */
    static String key(String leaseId) {
        return leaseId.stripTrailing().toLowerCase(Locale.ROOT);
    }

    /**
     * Keeps the robots' answers and marks their records ANSWERED, for the run's job to write: the records in one
     * statement, the answers in another. The leases whose record is no longer theirs (their run ended meanwhile) are
     * left as they are, and returned.
     */
    Set<String> answer(List<Reply> replies) {
        if (replies.isEmpty()) {
            return Set.of();
        }
        List<Long> itemIds =
                replies.stream().map(reply -> reply.lease().itemId()).toList();
        List<String> leaseIds =
                replies.stream().map(reply -> reply.lease().id()).toList();
        String records = " AND id IN (" + Jdbc.marks(itemIds.size(), 1) + ") AND lease_id IN ("
                + Jdbc.marks(leaseIds.size(), 1) + ")";
        int moved = jdbc.update(
                "mark the records of " + replies.size() + " answered leases",
                "UPDATE work_item SET state = ? WHERE state = ?" + records,
                parameters(List.of(ANSWERED, LEASED), itemIds, leaseIds));
        Set<String> answered = new HashSet<>(leaseIds);
        if (moved < replies.size()) {
            answered = new HashSet<>(jdbc.list(
                    "find the records of " + replies.size() + " answered leases",
                    "SELECT lease_id FROM work_item WHERE state = ?" + records,
                    0,
                    row -> row.getString(1),
                    parameters(List.of(ANSWERED), itemIds, leaseIds)));
        }
        keepAnswers(replies, answered);
        Set<String> ended = new HashSet<>(leaseIds);
        ended.removeAll(answered);
        return ended;
    }

    private static Object[] parameters(List<?>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toArray();
    }

    /** The lease a record is marked with as it is leased. */
    private static final RowValues<Lease> LEASE_IDS =
            RowValues.<Lease>byId(Lease::itemId).and("lease_id", Lease::leaseId);

    /** The columns an answer writes to its lease, each with its value for the answer. */
    private static final RowValues<Reply> ANSWER_COLUMNS = RowValues.<Reply>byId(
                    reply -> reply.lease().id())
            .and("result", reply -> reply.answer().result())
            .and("reason_code", reply -> reply.answer().reasonCode())
            .and("reason", reply -> reply.answer().reason())
            .and("suggested_action", reply -> reply.answer().suggestedAction())
            .and("output", reply -> reply.answer().output())
            .and("started", reply -> reply.answer().started());

    /** Keeps the answers of the leases whose records were marked answered, in one statement. */
    private void keepAnswers(List<Reply> replies, Set<String> answered) {
        List<Reply> kept = replies.stream()
                .filter(reply -> answered.contains(reply.lease().id()))
                .toList();
        if (kept.isEmpty()) {
            return;
        }
        List<Object> parameters = new ArrayList<>(List.of(LeaseState.ANSWERED));
        parameters.addAll(ANSWER_COLUMNS.parameters(kept));
        jdbc.update(
                "keep the answers of " + kept.size() + " leases",
                "UPDATE work_lease SET state = ?, " + ANSWER_COLUMNS.assignments(kept.size()) + " WHERE "
                        + RowValues.ids(kept.size()),
                parameters.toArray());
    }

    /** Extends the lease; false when its record is no longer the lease's (its run has ended). */
    boolean extend(Held lease, Instant expiresAt) {
        return jdbc.update(
                        "extend lease " + lease.id(),
                        "UPDATE work_lease SET expires_at = ? WHERE id = ? AND EXISTS (SELECT 1 FROM work_item"
                                + " WHERE work_item.id = ? AND work_item.lease_id = ? AND work_item.state = ?)",
                        expiresAt,
                        lease.id(),
                        lease.itemId(),
                        lease.id(),
                        LEASED)
                == 1;
    }

    /** Gives the record back, pending, its attempt not counted; false when it is no longer the lease's. */
    boolean release(Held lease) {
        if (!moveItem(lease, PENDING, ", lease_id = NULL, attempts = attempts - 1")) {
            return false;
        }
        end(lease.id(), LeaseState.RELEASED);
        return true;
    }

    private boolean moveItem(Held lease, Object state, String alsoSet) {
        return jdbc.update(
                        "move the record of lease " + lease.id() + " to " + state,
                        "UPDATE work_item SET state = ?" + alsoSet + " WHERE id = ? AND lease_id = ? AND state = ?",
                        state,
                        lease.itemId(),
                        lease.id(),
                        LEASED)
                == 1;
    }

    private void end(String leaseId, LeaseState state) {
        jdbc.update("end lease " + leaseId, "UPDATE work_lease SET state = ? WHERE id = ?", state, leaseId);
    }

    /** A held lease past its time: which lease, of which record. */
    record Expired(String leaseId, long itemId) {}

    /** Up to {@code limit} held leases that expired before {@code now}. */
    List<Expired> expired(Instant now, int limit) {
        return jdbc.list(
                "find the expired leases",
                "SELECT id, item_id FROM work_lease WHERE state = ? AND expires_at < ?",
                limit,
                row -> new Expired(row.getString(1), row.getLong(2)),
                LeaseState.LEASED,
                now);
    }

    /**
     * Ends the lease EXPIRED if it is still held and past its time, and its record ERROR INTERRUPTED; false when it was
     * answered, released or extended meanwhile.
     */
    boolean expire(Expired lease, Instant now, String reason) {
        String leaseId = lease.leaseId();
        boolean expired = jdbc.update(
                        "expire lease " + leaseId,
                        "UPDATE work_lease SET state = ? WHERE id = ? AND state = ? AND expires_at < ?",
                        LeaseState.EXPIRED,
                        leaseId,
                        LeaseState.LEASED,
                        now)
                == 1;
        if (expired) {
            jdbc.update(
                    "interrupt the record of expired lease " + leaseId,
                    "UPDATE work_item SET state = ?, result = ?, reason_code = ?, reason = ?, suggested_action = ?,"
                            + " ended_at = ? WHERE id = ? AND lease_id = ? AND state = ?",
                    FINISHED,
                    Result.ERROR,
                    ReasonCode.INTERRUPTED,
                    LongText.clip(reason),
                    ReasonCode.INTERRUPTED.suggestedAction(),
                    now,
                    lease.itemId(),
                    leaseId,
                    LEASED);
        }
        return expired;
    }

    /** Revokes the run's held leases and ends their records ERROR INTERRUPTED; how many. */
    int revoke(long runId, String reason) {
        jdbc.update(
                "revoke the leases of run " + runId,
                "UPDATE work_lease SET state = ? WHERE run_id = ? AND state = ?",
                LeaseState.REVOKED,
                runId,
                LeaseState.LEASED);
        return items.interrupt(runId, LEASED, reason);
    }

    /**
     * Up to {@code limit} of the run's answered records after {@code afterId}, in id order, with their answers, read by
     * the run's state index (see {@link #lockLeasable}).
     */
    List<AnsweredItem> answered(long runId, long afterId, int limit) {
        return jdbc.with(
                "read the answered records of run " + runId,
                connection -> Jdbc.list(
                        connection,
                        "SELECT w.id, l.attempt, l.result, l.reason_code, l.reason, l.suggested_action, l.output,"
                                + " l.started FROM work_item w "
                                + IndexHint.force(connection, WorkItemRows.RUN_STATES_INDEX)
                                + " JOIN work_lease l ON l.id = w.lease_id"
                                + " WHERE w.run_id = ? AND w.state = ? AND w.id > ? ORDER BY w.id",
                        limit,
                        LeaseRows::answeredItem,
                        runId,
                        ANSWERED,
                        afterId));
    }

    private static AnsweredItem answeredItem(ResultSet row) throws SQLException {
        String code = row.getString(4);
        return new AnsweredItem(
                row.getLong(1),
                row.getInt(2),
                new RobotAnswer(
                        Result.valueOf(row.getString(3)),
                        code == null ? null : ReasonCode.valueOf(code),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getBoolean(8)));
    }

    /**
     * The records robots hold now, counted by robot and run, in robot and run order: held leases whose record is still
     * theirs (a run that ended interrupted its records, not its lease rows).
     */
    List<HeldRecords> held() {
        return jdbc.list(
                "count the records robots hold",
                "SELECT l.robot, p.name, r.id, r.number, COUNT(*) FROM work_lease l"
                        + " JOIN work_item w ON w.id = l.item_id AND w.lease_id = l.id AND w.state = ?"
                        + " JOIN run r ON r.id = l.run_id JOIN process p ON p.id = r.process_id WHERE l.state = ?"
                        + " GROUP BY l.robot, p.name, r.id, r.number ORDER BY l.robot, r.id",
                0,
                row -> new HeldRecords(
                        row.getString(1), row.getString(2), row.getLong(3), row.getInt(4), row.getInt(5)),
                LEASED,
                LeaseState.LEASED);
    }

    /** Whether any of the run's records is in one of these states. */
    boolean any(long runId, List<?> states) {
        String marks = Jdbc.marks(states.size(), 1);
        List<Object> parameters = new ArrayList<>(List.of(runId));
        parameters.addAll(states);
        return !jdbc.list(
                        "look for outstanding records of run " + runId,
                        "SELECT 1 FROM work_item WHERE run_id = ? AND state IN (" + marks + ")",
                        1,
                        row -> row.getInt(1),
                        parameters.toArray())
                .isEmpty();
    }
}
