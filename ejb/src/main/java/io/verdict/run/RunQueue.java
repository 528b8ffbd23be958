package io.verdict.run;

import io.verdict.process.Process;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The PENDING runs, as robots on several nodes take them. A run is claimed under a row lock that other nodes skip
 * ({@code SELECT … FOR UPDATE SKIP LOCKED}), so two robots never start the same run; a process that allows one run at
 * a time is locked while its claim is decided, so two robots never start two of its runs at once.
 */
@ApplicationScoped
public class RunQueue {

    private static final List<RunState> ACTIVE = List.of(RunState.RUNNING, RunState.STOPPING);

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    /** The processes that have PENDING runs. */
    @Transactional
    public List<Process> waitingProcesses() {
        return em.createQuery(
                        "SELECT p FROM Process p WHERE EXISTS"
                                + " (SELECT r.id FROM Run r WHERE r.process = p AND r.state = :pending) ORDER BY p.id",
                        Process.class)
                .setParameter("pending", RunState.PENDING)
                .getResultList();
    }

    /**
     * The runs of the process that keep {@code runId} waiting when the process runs one at a time: those executing, and
     * the older PENDING ones, which start first.
     */
    @Transactional
    public List<ActiveRun> runsAhead(Process process, long runId) {
        return em.createQuery(
                        "SELECT NEW io.verdict.run.ActiveRun(r.number, r.state, r.robot, r.startedAt) FROM Run r"
                                + " WHERE r.process = :process AND r.id <> :run"
                                + " AND (r.state IN :active OR (r.state = :pending AND r.id < :run)) ORDER BY r.id",
                        ActiveRun.class)
                .setParameter("process", process)
                .setParameter("run", runId)
                .setParameter("active", ACTIVE)
                .setParameter("pending", RunState.PENDING)
                .getResultList();
    }

    /**
     * Takes for {@code robot} the oldest PENDING runs of the process that it may start now: one, when the process
     * allows a single run at a time and none is executing; up to {@code limit} when runs may overlap. Returns their
     * ids, RUNNING on this robot once the transaction commits. Never waits for a lock: a process locked elsewhere (a
     * run being created, or another node deciding) is tried again at the next dispatch.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(long processId, String robot, int limit) {
        Process process = em.find(Process.class, processId);
        int wanted = limit;
        if (!process.isConcurrentRuns()) {
            if (!lockedHere(processId) || isExecuting(process)) {
                return List.of();
            }
            wanted = 1;
        }
        List<Long> runIds = em.createNativeQuery(
                        "SELECT id FROM run WHERE process_id = ?1 AND state = 'PENDING' ORDER BY id" + " FETCH FIRST "
                                + wanted + " ROWS ONLY FOR UPDATE SKIP LOCKED",
                        Long.class)
                .setParameter(1, processId)
                .getResultList();
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
