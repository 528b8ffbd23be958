package io.verdict.run;

import io.verdict.db.Jpql;
import io.verdict.db.SearchText;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.ProcessCatalog;
import io.verdict.result.Result;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * The read side of runs, for the API and the console: runs with their counts and, when PENDING, what they wait for,
 * in one call per page; a run's items by page; its report. {@link RunService} holds the commands.
 */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class RunQueryService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    WorkItemRows rows;

    @Inject
    WorkItems workItems;

    @Inject
    RunExports exports;

    @Inject
    RobotService robots;

    @Inject
    RunQueue queue;

    @Inject
    ProcessCatalog catalog;

    public Run require(long runId) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("No run has id " + runId + ".");
        }
        return run;
    }

    /** The run as it is now, with its counts and pending reason. */
    public RunRow row(long runId) {
        return row(require(runId));
    }

    /**
     * The run as a command left it, with its counts and pending reason: a run just started still shows PENDING, even
     * if a robot has taken it since.
     */
    public RunRow row(Run run) {
        return rowsOf(List.of(run)).get(0);
    }

    /**
     * Runs matching the filter, newest first, {@code limit} of them after the run id {@code afterId} (keyset), each
     * with its counts and pending reason; the robots are read once for the page.
     */
    public List<RunRow> page(RunFilter filter, int limit, Long afterId) {
        Jpql query = Jpql.of("SELECT r FROM Run r")
                .whereGiven("r.process.name = :process", "process", filter.process())
                .whereGiven("r.state IN :states", "states", filter.states())
                .whereGiven("r.trigger IN :triggers", "triggers", filter.triggers())
                .whereGiven("r.createdAt >= :from", "from", filter.from())
                .whereGiven("r.createdAt < :to", "to", filter.to())
                .whereGiven("r.id < :after", "after", afterId);
        if (filter.text() != null) {
            String text = SearchText.containing(filter.text());
            if (filter.runNumber() == null) {
                query.where("(LOWER(r.runBy) LIKE :text OR LOWER(r.robot) LIKE :text)", "text", text);
            } else {
                query.where(
                        "(LOWER(r.runBy) LIKE :text OR LOWER(r.robot) LIKE :text OR r.number = :number)",
                        "text",
                        text,
                        "number",
                        filter.runNumber());
            }
        }
        List<Run> runs = query.orderBy("r.id DESC")
                .query(em, Run.class)
                .setMaxResults(limit)
                .getResultList();
        return rowsOf(runs);
    }

    /** The runs relaunched from this one, oldest first. */
    public List<RunRow> children(long runId) {
        return rowsOf(em.createQuery("SELECT r FROM Run r WHERE r.parentRunId = :run ORDER BY r.id", Run.class)
                .setParameter("run", runId)
                .getResultList());
    }

    /** The pending checklist of the run, evaluated now. */
    public Diagnosis diagnose(long runId) {
        return diagnose(require(runId), robots.roster());
    }

    /** A run's items in sequence, filtered by result and text, {@code limit} of them after item {@code afterId}. */
    public List<WorkItem> items(long runId, Collection<Result> results, String text, int limit, Long afterId) {
        require(runId);
        String search = SearchText.of(text);
        return workItems.byIds(rows.pageIds(
                runId,
                results,
                search == null ? null : SearchText.containing(search),
                afterId == null ? 0 : afterId,
                limit));
    }

    /**
     * Where a page starting at record {@code record} of the run is read after: the id of the item before it, null for
     * the first record.
     */
    public Long itemIdBefore(long runId, int record) {
        require(runId);
        if (record < 1) {
            throw new InvalidRequestException("from: records are numbered from 1.");
        }
        return rows.idBefore(runId, record);
    }

    /**
     * Writes the run's items with the given results (all when empty) as an .xlsx report, row by row as they are read:
     * a million rows never sit in memory. Outside any transaction, so a long download cannot time one out.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(long runId, Collection<Result> results, OutputStream out) throws IOException {
        exports.write(require(runId), results, out);
    }

    /**
     * Each run with its counts (kept since it ended, or counted while it runs) and, when PENDING, its pending reason;
     * the robots are read once, and only when a run is PENDING.
     */
    private List<RunRow> rowsOf(List<Run> runs) {
        Roster roster = runs.stream().anyMatch(Run::isPending) ? robots.roster() : null;
        return runs.stream()
                .map(run -> new RunRow(
                        run,
                        run.counts().orElseGet(() -> rows.counts(run.getId())),
                        run.isPending() ? diagnose(run, roster).pendingReason() : null))
                .toList();
    }

    private Diagnosis diagnose(Run run, Roster roster) {
        return PendingChecklist.evaluate(
                ProcessRequirements.of(run, catalog.external(run.getProcess().job())),
                new RunSchedule(run.getTrigger(), run.getScheduleId(), scheduleActive(run.getScheduleId())),
                roster,
                queue.runsAhead(run));
    }

    /** Whether the schedule is active; {@code null} when there is none (any more). */
    private Boolean scheduleActive(Long scheduleId) {
        return scheduleId == null
                ? null
                : em.createQuery("SELECT s.active FROM Schedule s WHERE s.id = :id", Boolean.class)
                        .setParameter("id", scheduleId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }
}
