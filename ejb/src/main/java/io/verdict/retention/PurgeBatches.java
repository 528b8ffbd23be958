package io.verdict.retention;

import io.verdict.run.Run;
import io.verdict.run.RunState;
import io.verdict.run.WorkItems;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The purge's steps, each its own short transaction, so that the console and the runs never wait long behind a purge
 * of millions of rows. Links from younger runs to what goes (a relaunch's parent, a record's origin) are cleared first.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PurgeBatches {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    WorkItems workItems;

    /** Up to {@code limit} of the process's runs that ended before {@code before}. */
    public List<Long> expiredRuns(long processId, Instant before, int limit) {
        return em.createQuery(
                        "SELECT r.id FROM Run r WHERE r.process.id = :process AND r.state IN :ended"
                                + " AND r.endedAt < :before ORDER BY r.id",
                        Long.class)
                .setParameter("process", processId)
                .setParameter("ended", List.of(RunState.COMPLETED, RunState.UNRESOLVED))
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Deletes up to {@code limit} of the run's items; how many it deleted, 0 once none is left. */
    public int deleteItems(long runId, int limit) {
        return workItems.deleteSome(runId, limit);
    }

    /**
     * Deletes the run, whose items are gone, under its row lock (as a relaunch locks it); its summary e-mail goes with
     * it, schedule ledger lines keep no link. A run another purge removed first is skipped.
     */
    public void deleteRun(long runId) {
        Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            return;
        }
        em.createQuery("UPDATE Run r SET r.parentRunId = NULL WHERE r.parentRunId = :run")
                .setParameter("run", runId)
                .executeUpdate();
        em.remove(run);
    }

    /** Forgets the messages of the process's mailbox taken before {@code before}. */
    public void deleteMailTriggers(long processId, Instant before) {
        em.createQuery("DELETE FROM MailTrigger m WHERE m.process.id = :process AND m.receivedAt < :before")
                .setParameter("process", processId)
                .setParameter("before", before)
                .executeUpdate();
    }
}
