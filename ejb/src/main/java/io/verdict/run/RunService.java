package io.verdict.run;

import io.verdict.audit.AuditService;
import io.verdict.db.LongText;
import io.verdict.db.SearchText;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.input.InputRejectedException;
import io.verdict.process.Process;
import io.verdict.process.ProcessDefinition;
import io.verdict.process.ProcessService;
import io.verdict.result.Result;
import io.verdict.robot.RobotService;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Everything a person does with runs: start one from records, look at runs and their items, relaunch, stop, resolve.
 * Viewers read; operators act.
 */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class RunService {

    /** A record whose relaunch has not ended yet is not relaunched again (a double click makes one child run). */
    private static final String NOT_BEING_RELAUNCHED = " AND NOT EXISTS (SELECT c.id FROM WorkItem c, Run r"
            + " WHERE c.originItemId = w.id AND r.id = c.runId AND r.state IN :active)";

    private static final List<RunState> ACTIVE = List.of(RunState.PENDING, RunState.RUNNING, RunState.STOPPING);

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ProcessService processes;

    @Inject
    WorkItemStore items;

    @Inject
    RunExports exports;

    @Inject
    RunLifecycle lifecycle;

    @Inject
    ItemResolutions resolutions;

    @Inject
    AuditService audit;

    @Inject
    RobotService robots;

    @Inject
    RunQueue queue;

    @Resource
    SessionContext session;

    /**
     * Creates a PENDING run of the process with the input's records; a robot starts it within a second. The input is
     * read whole first: a bad record rejects it all and nothing is created.
     */
    @RolesAllowed(Role.OPERATOR_NAME)
    public Run start(String processName, RunInput input, boolean dryRun, Launch launch) {
        Run run = create(processes.require(processName), input, dryRun, launch, null);
        audit.recordAs(
                run.getRunBy(),
                "RUN_STARTED",
                runTarget(run),
                (dryRun ? "dry run, " : "") + run.getTotal() + " records");
        return run;
    }

    public Run require(long runId) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("No run has id " + runId + ".");
        }
        return run;
    }

    /** The pending checklist of the run, evaluated now. */
    public Diagnosis diagnose(long runId) {
        return diagnose(require(runId));
    }

    /** What the run waits for, when it is PENDING; {@code null} otherwise. */
    public String pendingReason(Run run) {
        return run.getState() == RunState.PENDING ? diagnose(run).pendingReason() : null;
    }

    private Diagnosis diagnose(Run run) {
        return PendingChecklist.evaluate(
                ProcessRequirements.of(run),
                new RunSchedule(run.getTrigger(), run.getScheduleId(), scheduleActive(run.getScheduleId())),
                robots.roster(),
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

    /** The run's item counts: kept since it ended, counted while it runs. */
    public RunCounts counts(long runId) {
        return em.find(Run.class, runId).counts().orElseGet(() -> items.counts(runId));
    }

    /** Runs matching the filter, newest first, {@code limit} of them after the run id {@code afterId} (keyset). */
    public List<Run> list(RunFilter filter, int limit, Long afterId) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM Run r WHERE 1 = 1");
        if (filter.process() != null) jpql.append(" AND r.process.name = :process");
        if (!filter.states().isEmpty()) jpql.append(" AND r.state IN :states");
        if (!filter.triggers().isEmpty()) jpql.append(" AND r.trigger IN :triggers");
        if (filter.from() != null) jpql.append(" AND r.createdAt >= :from");
        if (filter.to() != null) jpql.append(" AND r.createdAt < :to");
        if (filter.text() != null) {
            jpql.append(" AND (LOWER(r.runBy) LIKE :text OR LOWER(r.robot) LIKE :text");
            jpql.append(filter.runNumber() == null ? ")" : " OR r.number = :number)");
        }
        if (afterId != null) jpql.append(" AND r.id < :after");
        TypedQuery<Run> query =
                em.createQuery(jpql.append(" ORDER BY r.id DESC").toString(), Run.class);
        if (filter.text() != null) query.setParameter("text", SearchText.containing(filter.text()));
        if (filter.runNumber() != null) query.setParameter("number", filter.runNumber());
        if (filter.process() != null) query.setParameter("process", filter.process());
        if (!filter.states().isEmpty()) query.setParameter("states", filter.states());
        if (!filter.triggers().isEmpty()) query.setParameter("triggers", filter.triggers());
        if (filter.from() != null) query.setParameter("from", filter.from());
        if (filter.to() != null) query.setParameter("to", filter.to());
        if (afterId != null) query.setParameter("after", afterId);
        return query.setMaxResults(limit).getResultList();
    }

    /** The runs relaunched from this one, oldest first. */
    public List<Run> children(long runId) {
        return em.createQuery("SELECT r FROM Run r WHERE r.parentRunId = :run ORDER BY r.id", Run.class)
                .setParameter("run", runId)
                .getResultList();
    }

    /** A run's items in sequence, filtered by result and text, {@code limit} of them after item {@code afterId}. */
    public List<WorkItem> items(long runId, Collection<Result> results, String text, int limit, Long afterId) {
        require(runId);
        String search = SearchText.of(text);
        List<Long> page = items.pageIds(
                runId,
                results,
                search == null ? null : SearchText.containing(search),
                afterId == null ? 0 : afterId,
                limit);
        if (page.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT w FROM WorkItem w WHERE w.id IN :page ORDER BY w.id", WorkItem.class)
                .setParameter("page", page)
                .getResultList();
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
        return items.idBefore(runId, record);
    }

    /**
     * Writes the run's items with the given results (all when empty) as an .xlsx report, row by row as they are read:
     * a million rows never sit in memory. Outside any transaction, so a long download cannot time one out.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(long runId, Collection<Result> results, OutputStream out) throws IOException {
        exports.write(require(runId), results, out);
    }

    /** Relaunches the run's records chosen by the mode in a new run linked to this one. */
    @RolesAllowed(Role.OPERATOR_NAME)
    public Run relaunch(long runId, RelaunchMode mode, Collection<Long> itemIds) {
        Run parent = lockFinished(runId);
        List<Long> chosen = relaunchable(parent, mode, itemIds);
        if (chosen.isEmpty()) {
            throw new ConflictException("Nothing to relaunch in run " + parent.getNumber() + " with mode " + mode
                    + ": no record needs it, or it already succeeded in a relaunch.");
        }
        Run child = create(
                parent.getProcess(),
                (columns, sink) -> {
                    for (Long itemId : chosen) {
                        sink.add(
                                Payloads.fromJson(
                                        em.find(WorkItem.class, itemId).getPayload()),
                                itemId);
                    }
                },
                parent.isDryRun(),
                Launch.relaunchOf(parent),
                parent.getId());
        audit.record(
                "RUN_RELAUNCHED",
                runTarget(parent),
                mode + " → run " + child.getNumber() + ", " + chosen.size() + " records");
        return child;
    }

    /**
     * Relaunches the records of a corrected file: the run's export, edited. Each row names its item in the
     * {@code ItemId} column; its other columns are the corrected record.
     */
    @RolesAllowed(Role.OPERATOR_NAME)
    public Run relaunchCorrected(long runId, FileInput correctedFile) {
        Run parent = lockFinished(runId);
        Run child = create(
                parent.getProcess(),
                new CorrectedFile(correctedFile, parent, em),
                parent.isDryRun(),
                Launch.relaunchOf(parent),
                parent.getId());
        audit.record(
                "RUN_RELAUNCHED",
                runTarget(parent),
                "corrected file → run " + child.getNumber() + ", " + child.getTotal() + " records");
        return child;
    }

    @RolesAllowed(Role.OPERATOR_NAME)
    public Run stop(long runId, StopMode mode, PendingPolicy pending) {
        Run run = lockRun(runId);
        String user = user();
        switch (run.getState()) {
            case PENDING -> {
                run.stopRequested(mode, pending, user);
                items.closePending(
                        runId, pending, "Not processed: the run was stopped by " + user + " before it started.");
                lifecycle.finish(run);
            }
            case RUNNING -> {
                run.stopRequested(mode, pending, user);
                if (mode == StopMode.TERMINATE) {
                    items.interruptInFlight(runId, "Terminated by " + user + " while this record was being processed.");
                }
                if (run.getJobExecutionId() != null) {
                    BatchRuntime.getJobOperator().stop(run.getJobExecutionId());
                }
            }
            case STOPPING -> throw new ConflictException("Run " + run.getNumber() + " is already stopping.");
            default ->
                throw new ConflictException("Run " + run.getNumber() + " has already ended (" + run.getState() + ").");
        }
        audit.record("RUN_STOPPED", runTarget(run), mode + ", pending items " + pending);
        return run;
    }

    /** A person resolves a KO or ERROR item: discarded after review, or processed by hand. */
    @RolesAllowed(Role.OPERATOR_NAME)
    public WorkItem resolve(long itemId, Resolution action, String note) {
        if (action == null || action == Resolution.RELAUNCHED) {
            throw new InvalidRequestException("action must be DISCARD or MANUAL.");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("note: say why the item is resolved.");
        }
        if (note.length() > LongText.MAX) {
            throw new InvalidRequestException("note: at most " + LongText.MAX + " characters.");
        }
        WorkItem item = em.find(WorkItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new NotFoundException("No item has id " + itemId + ".");
        }
        if (!item.needsAttention()) {
            throw new ConflictException("Item " + itemId + " does not need resolving: it is " + describe(item) + ".");
        }
        resolutions.resolve(item, action, note.strip(), user());
        audit.record("ITEM_RESOLVED", "item " + itemId + " of run " + item.getRunId(), action + ": " + note.strip());
        return item;
    }

    /** Creates the run and its items; the process is locked until commit, so run numbers are taken one at a time. */
    private Run create(Process unlocked, RunInput input, boolean dryRun, Launch launch, Long parentRunId) {
        Process process = processes.lock(unlocked.getName());
        ProcessDefinition definition = processes.definition(process.getName());
        int number = em.createNamedQuery("Run.nextNumber", Integer.class)
                .setParameter("process", process)
                .getSingleResult();
        String runBy = launch.runBy() != null ? launch.runBy() : user();
        Run run = new Run(process, number, launch, runBy, dryRun, parentRunId, Instant.now());
        em.persist(run);
        em.flush();
        RunIntake intake = new RunIntake(definition.keyColumn());
        try (WorkItemStore.Inserter inserter = items.inserter(run.getId())) {
            input.forEach(definition.requiredColumns(), (values, origin) -> intake.add(inserter, values, origin));
        } catch (InputRejectedException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (IOException e) {
            throw new InvalidRequestException("The input could not be read: " + e.getMessage());
        }
        if (intake.count() == 0) {
            throw new InvalidRequestException("The input has no records.");
        }
        run.received(intake.columns(), intake.count());
        return run;
    }

    /** The run, read under its row lock (locking an already loaded entity would keep its stale state). */
    private Run lockRun(long runId) {
        Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("No run has id " + runId + ".");
        }
        return run;
    }

    private Run lockFinished(long runId) {
        Run run = lockRun(runId);
        if (!run.getState().isFinished()) {
            throw new ConflictException(
                    "Run " + run.getNumber() + " is " + run.getState() + "; relaunch it once it has ended.");
        }
        return run;
    }

    private List<Long> relaunchable(Run parent, RelaunchMode mode, Collection<Long> itemIds) {
        String notRelaunched = " AND (w.resolution IS NULL OR w.resolution <> :relaunched)" + NOT_BEING_RELAUNCHED;
        String jpql =
                switch (mode) {
                    case ALL -> "SELECT w.id FROM WorkItem w WHERE w.runId = :run" + notRelaunched;
                    case FAILED ->
                        "SELECT w.id FROM WorkItem w WHERE w.runId = :run AND w.state = :finished"
                                + " AND w.result IN :failed AND w.resolution IS NULL" + NOT_BEING_RELAUNCHED;
                    case ERRORS ->
                        "SELECT w.id FROM WorkItem w WHERE w.runId = :run AND w.state = :finished"
                                + " AND w.result = :error AND w.resolution IS NULL" + NOT_BEING_RELAUNCHED;
                    case SELECTED ->
                        "SELECT w.id FROM WorkItem w WHERE w.runId = :run AND w.id IN :ids" + notRelaunched;
                };
        if (mode == RelaunchMode.SELECTED) {
            requireItemsOf(parent, itemIds);
        }
        TypedQuery<Long> query = em.createQuery(jpql + " ORDER BY w.id", Long.class)
                .setParameter("run", parent.getId())
                .setParameter("active", ACTIVE);
        switch (mode) {
            case ALL -> query.setParameter("relaunched", Resolution.RELAUNCHED);
            case FAILED ->
                query.setParameter("finished", ItemState.FINISHED)
                        .setParameter("failed", List.of(Result.KO, Result.ERROR));
            case ERRORS -> query.setParameter("finished", ItemState.FINISHED).setParameter("error", Result.ERROR);
            case SELECTED -> query.setParameter("ids", itemIds).setParameter("relaunched", Resolution.RELAUNCHED);
        }
        return query.getResultList();
    }

    private void requireItemsOf(Run run, Collection<Long> itemIds) {
        if (itemIds == null || itemIds.isEmpty()) {
            throw new InvalidRequestException("itemIds: name the items to relaunch.");
        }
        List<Long> known = em.createQuery(
                        "SELECT w.id FROM WorkItem w WHERE w.runId = :run AND w.id IN :ids", Long.class)
                .setParameter("run", run.getId())
                .setParameter("ids", itemIds)
                .getResultList();
        List<Long> unknown = new ArrayList<>(itemIds);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("itemIds: " + unknown + " are not items of run " + run.getNumber() + ".");
        }
    }

    private static String describe(WorkItem item) {
        if (item.getResolution() != null) {
            return "already resolved (" + item.getResolution() + ")";
        }
        return item.getResult() == null
                ? item.getState().name()
                : item.getResult().name();
    }

    private String user() {
        return session.getCallerPrincipal().getName();
    }

    private static String runTarget(Run run) {
        return "run " + run.getNumber() + " of " + run.getProcess().getName() + " (id " + run.getId() + ")";
    }
}
