package io.verdict.run;

import io.verdict.db.Jpql;
import io.verdict.result.KoReason;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The JPA half of the work-item repository: items as entities, the choices a relaunch makes, the failures' reasons a
 * summary or the dashboard shows, and the purge. {@link WorkItemRows} is the JDBC half; no other class queries work
 * items.
 */
@ApplicationScoped
public class WorkItems {

    /** A record whose relaunch has not ended yet is not relaunched again (a double click makes one child run). */
    private static final String NOT_BEING_RELAUNCHED = "NOT EXISTS (SELECT c.id FROM WorkItem c, Run r"
            + " WHERE c.originItemId = w.id AND r.id = c.runId AND r.state IN :active)";

    private static final List<RunState> ACTIVE = List.of(RunState.PENDING, RunState.RUNNING, RunState.STOPPING);
    private static final List<RunState> ENDED = List.of(RunState.COMPLETED, RunState.UNRESOLVED);

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    public Optional<WorkItem> find(long itemId) {
        return Optional.ofNullable(em.find(WorkItem.class, itemId));
    }

    /** The item under its row lock, so that two resolutions of one item never both pass their checks. */
    public Optional<WorkItem> lock(long itemId) {
        return Optional.ofNullable(em.find(WorkItem.class, itemId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The items with these ids, in id order. */
    public List<WorkItem> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT w FROM WorkItem w WHERE w.id IN :page ORDER BY w.id", WorkItem.class)
                .setParameter("page", ids)
                .getResultList();
    }

    /**
     * The ids of the run's items that a relaunch in this mode takes, in id order: never one that succeeded in a
     * relaunch already, nor one whose relaunch is still under way.
     */
    public List<Long> relaunchable(long runId, RelaunchMode mode, Collection<Long> itemIds) {
        Jpql query = Jpql.of("SELECT w.id FROM WorkItem w").where("w.runId = :run", "run", runId);
        switch (mode) {
            case ALL -> notRelaunched(query);
            case FAILED -> failed(query).where("w.result IN :failed", "failed", List.of(Result.KO, Result.ERROR));
            case ERRORS -> failed(query).where("w.result = :error", "error", Result.ERROR);
            case SELECTED -> notRelaunched(query.where("w.id IN :ids", "ids", itemIds));
        }
        return query.where(NOT_BEING_RELAUNCHED, "active", ACTIVE)
                .orderBy("w.id")
                .list(em, Long.class);
    }

    private static Jpql notRelaunched(Jpql query) {
        return query.where(
                "(w.resolution IS NULL OR w.resolution <> :relaunched)", "relaunched", Resolution.RELAUNCHED);
    }

    private static Jpql failed(Jpql query) {
        return query.where("w.state = :finished", "finished", ItemState.FINISHED)
                .where("w.resolution IS NULL");
    }

    /** Those of the ids that are not items of the run. */
    public List<Long> notInRun(long runId, Collection<Long> itemIds) {
        List<Long> known = em.createQuery(
                        "SELECT w.id FROM WorkItem w WHERE w.runId = :run AND w.id IN :ids", Long.class)
                .setParameter("run", runId)
                .setParameter("ids", itemIds)
                .getResultList();
        List<Long> unknown = new ArrayList<>(itemIds);
        unknown.removeAll(known);
        return unknown;
    }

    /** Whether a run that has not ended yet relaunches the item. */
    public boolean beingRelaunched(long itemId) {
        return !em.createQuery(
                        "SELECT c.id FROM WorkItem c, Run r WHERE c.originItemId = :item AND r.id = c.runId"
                                + " AND r.state NOT IN :ended",
                        Long.class)
                .setParameter("item", itemId)
                .setParameter("ended", ENDED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The items that the run's OK items relaunched: they are resolved by that success. */
    public List<Long> originsOfSucceeded(long runId) {
        return em.createQuery(
                        "SELECT w.originItemId FROM WorkItem w WHERE w.runId = :run AND w.result = :ok"
                                + " AND w.originItemId IS NOT NULL",
                        Long.class)
                .setParameter("run", runId)
                .setParameter("ok", Result.OK)
                .getResultList();
    }

    /** The run's KO reasons, most frequent first, each with one of its texts. */
    public List<KoReason> koReasons(long runId, String process) {
        return em.createQuery(
                        "SELECT w.reasonCode, COUNT(w), MIN(w.reason) FROM WorkItem w WHERE w.runId = :run"
                                + " AND w.result = :ko GROUP BY w.reasonCode ORDER BY COUNT(w) DESC",
                        Object[].class)
                .setParameter("run", runId)
                .setParameter("ko", Result.KO)
                .getResultStream()
                .map(row -> new KoReason(process, (ReasonCode) row[0], ((Number) row[1]).longValue(), (String) row[2]))
                .toList();
    }

    /**
     * The results of the items of runs created in [{@code from}, {@code to}) that keep no counts of their own (they
     * have not ended), by run.
     */
    public List<ResultCount> resultsOfRunsWithoutCounts(Instant from, Instant to) {
        return em.createQuery(
                        "SELECT r.process.name, r.createdAt, w.result, COUNT(w) FROM WorkItem w, Run r"
                                + " WHERE r.id = w.runId AND r.createdAt >= :from AND r.createdAt < :to"
                                + " AND r.ok IS NULL AND w.result IS NOT NULL"
                                + " GROUP BY r.id, r.process.name, r.createdAt, w.result",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new ResultCount(
                        (String) row[0], (Instant) row[1], (Result) row[2], ((Number) row[3]).longValue()))
                .toList();
    }

    /**
     * The most frequent (process, KO reason code) pairs of runs created in [{@code from}, {@code to}), most frequent
     * first: {@code limit} of them across all processes.
     */
    public List<KoReason> topKoReasons(Instant from, Instant to, int limit) {
        return em.createQuery(
                        "SELECT r.process.name, w.reasonCode, COUNT(w), MAX(w.reason) FROM WorkItem w, Run r"
                                + " WHERE r.id = w.runId AND r.createdAt >= :from AND r.createdAt < :to"
                                + " AND w.result = :ko GROUP BY r.process.name, w.reasonCode"
                                + " ORDER BY COUNT(w) DESC, r.process.name",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("ko", Result.KO)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new KoReason(
                        (String) row[0], (ReasonCode) row[1], ((Number) row[2]).longValue(), (String) row[3]))
                .toList();
    }

    /**
     * Deletes up to {@code limit} of the run's items, first unlinking the relaunches that point at them; how many it
     * deleted, 0 once none is left.
     */
    public int deleteSome(long runId, int limit) {
        List<Long> ids = em.createQuery("SELECT w.id FROM WorkItem w WHERE w.runId = :run ORDER BY w.id", Long.class)
                .setParameter("run", runId)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("UPDATE WorkItem w SET w.originItemId = NULL WHERE w.originItemId IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM work_lease WHERE item_id IN (:ids)")
                .setParameter("ids", ids)
                .executeUpdate();
        return em.createQuery("DELETE FROM WorkItem w WHERE w.id IN :ids")
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
