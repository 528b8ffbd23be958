package io.verdict.run;

import io.verdict.process.Process;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PENDING runs, as robots on several nodes take them. A run held by its paused schedule is not in the queue. A run is claimed under a row lock that other nodes skip
 * ({@code SELECT … FOR UPDATE SKIP LOCKED}), so two robots never start the same run; a process that allows one run at
 * a time is locked while its claim is decided, so two robots never start two of its runs at once.
 */
@ApplicationScoped
public class RunQueue {

    private static final List<RunState> ACTIVE = List.of(RunState.RUNNING, RunState.STOPPING);

    /** A PENDING run {@code r} that may start: no paused schedule holds it. */
    private static final String NOT_HELD =
            " NOT EXISTS (SELECT s.id FROM Schedule s WHERE s.id = r.scheduleId AND s.active = false)";

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    /**
     * The PENDING runs that may start, one entry per process and robot asked for (the process's, or another one named
     * by a schedule), so that each is matched against the robots on its own.
     */
    @Transactional
    public List<Waiting> waiting() {
        return em.createQuery(
                        "SELECT DISTINCT NEW io.verdict.run.Waiting(r.process, r.assignedRobot) FROM Run r"
                                + " WHERE r.state = :pending AND" + NOT_HELD,
                        Waiting.class)
                .setParameter("pending", RunState.PENDING)
                .getResultList();
    }

    /**
     * The runs of its process that keep {@code run} waiting when the process runs one at a time: those executing, and
     * the older PENDING ones that ask for the same robot, which start first. (Runs that ask for another robot queue
     * apart, so a run no robot can take holds up only the runs behind it in its own queue.)
     */
    @Transactional
    public List<ActiveRun> runsAhead(Run run) {
        TypedQuery<ActiveRun> query = em.createQuery(
                        "SELECT NEW io.verdict.run.ActiveRun(r.number, r.state, r.robot, r.startedAt) FROM Run r"
                                + " WHERE r.process = :process AND r.id <> :run AND (r.state IN :active"
                                + " OR (r.state = :pending AND r.id < :run AND" + NOT_HELD + " AND"
                                + sameRobot(run.getAssignedRobot()) + ")) ORDER BY r.id",
                        ActiveRun.class)
                .setParameter("process", run.getProcess())
                .setParameter("run", run.getId())
                .setParameter("active", ACTIVE)
                .setParameter("pending", RunState.PENDING);
        if (run.getAssignedRobot() != null) {
            query.setParameter("assigned", run.getAssignedRobot());
        }
        return query.getResultList();
    }

    /**
     * Takes for {@code robot} the oldest PENDING runs of the process that ask for {@code assignedRobot} (none: the
     * process's robot) and that it may start now: the oldest one, when the process allows a single run at a time and
     * none is executing; up to {@code limit} when runs may overlap. Returns their
     * ids, RUNNING on this robot once the transaction commits. Never waits for a lock: a process locked elsewhere (a
     * run being created, or another node deciding) is tried again at the next dispatch.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(long processId, String assignedRobot, String robot, int limit) {
        Process process = em.find(Process.class, processId);
        List<Long> candidates = startable(process, assignedRobot, limit);
        if (!process.isConcurrentRuns()) {
            if (!lockedHere(processId) || isExecuting(process)) {
                return List.of();
            }
            candidates = candidates.stream().limit(1).toList();
        }
        List<Long> runIds = candidates.isEmpty() ? List.of() : stillNotHeld(lock(candidates));
        if (!runIds.isEmpty()) {
            em.createQuery("UPDATE Run r SET r.state = :running, r.robot = :robot, r.startedAt = :now"
                            + " WHERE r.id IN :ids")
                    .setParameter("running", RunState.RUNNING)
                    .setParameter("robot", robot)
                    .setParameter("now", Instant.now())
                    .setParameter("ids", runIds)
                    .executeUpdate();
        }
        return runIds;
    }

    /**
     * The oldest runs of the process that may start and ask for {@code assignedRobot} ({@code null}: for the process's
     * robot). Read without locks: a locking read would also lock, or skip, the schedule rows it looks at.
     */
    private List<Long> startable(Process process, String assignedRobot, int limit) {
        TypedQuery<Long> query = em.createQuery(
                        "SELECT r.id FROM Run r WHERE r.process = :process AND r.state = :pending AND" + NOT_HELD
                                + " AND" + sameRobot(assignedRobot) + " ORDER BY r.id",
                        Long.class)
                .setParameter("process", process)
                .setParameter("pending", RunState.PENDING);
        if (assignedRobot != null) {
            query.setParameter("assigned", assignedRobot);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The locked runs that no schedule paused since they were read: a pause committed meanwhile holds them. */
    private List<Long> stillNotHeld(List<Long> lockedIds) {
        return lockedIds.isEmpty()
                ? lockedIds
                : em.createQuery(
                                "SELECT r.id FROM Run r WHERE r.id IN :ids AND" + NOT_HELD + " ORDER BY r.id",
                                Long.class)
                        .setParameter("ids", lockedIds)
                        .getResultList();
    }

    /** Run {@code r} asks for {@code assignedRobot}, bound as {@code :assigned} unless it is null. */
    private static String sameRobot(String assignedRobot) {
        return assignedRobot == null ? " r.assignedRobot IS NULL" : " r.assignedRobot = :assigned";
    }

    /** The runs among {@code runIds} still PENDING, locked here; those another node holds are skipped. */
    private List<Long> lock(List<Long> runIds) {
        String ids = runIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return em.createNativeQuery(
                        "SELECT id FROM run WHERE id IN (" + ids + ") AND state = 'PENDING' ORDER BY id"
                                + " FOR UPDATE SKIP LOCKED",
                        Long.class)
                .getResultList();
    }

    private boolean isExecuting(Process process) {
        return !em.createQuery("SELECT r.id FROM Run r WHERE r.process = :process AND r.state IN :active", Long.class)
                .setParameter("process", process)
                .setParameter("active", ACTIVE)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private boolean lockedHere(long processId) {
        return !em.createNativeQuery("SELECT id FROM process WHERE id = ?1 FOR UPDATE SKIP LOCKED", Long.class)
                .setParameter(1, processId)
                .getResultList()
                .isEmpty();
    }
}
