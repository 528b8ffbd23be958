package io.verdict.run;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.db.LongText;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.input.InputRejectedException;
import io.verdict.process.Process;
import io.verdict.process.ProcessCatalog;
import io.verdict.process.ProcessDefinition;
import io.verdict.process.ProcessService;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What a person does with runs, the commands: start one from records, relaunch, stop, resolve. Operators only;
 * {@link RunQueryService} is the read side.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
public class RunService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    JobOperator jobOperator;

    @Inject
    ProcessService processes;

    @Inject
    WorkItemRows items;

    @Inject
    LeasedRecords leased;

    @Inject
    WorkItems workItems;

    @Inject
    RunLifecycle lifecycle;

    @Inject
    ItemResolutions resolutions;

    @Inject
    AuditService audit;

    @Inject
    ProcessCatalog catalog;

    @Inject
    Event<RunStopRequested> stopRequested;

    @Resource
    SessionContext session;

    /**
     * Creates a PENDING run of the process with the input's records; a robot starts it within a second. The input is
     * read whole first: a bad record rejects it all and nothing is created.
     */
    public Run start(String processName, RunInput input, boolean dryRun, Launch launch) {
        Run run = create(processes.require(processName), input, dryRun, launch, null);
        audit.recordAs(
                run.getRunBy(),
                AuditAction.RUN_STARTED,
                runTarget(run),
                (dryRun ? "dry run, " : "") + run.getTotal() + " records");
        return run;
    }

    /** Relaunches the run's records chosen by the mode in a new run linked to this one. */
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
                                        workItems.find(itemId).orElseThrow().getPayload()),
                                itemId);
                    }
                },
                parent.isDryRun(),
                Launch.relaunchOf(parent),
                parent.getId());
        audit.record(
                AuditAction.RUN_RELAUNCHED,
                runTarget(parent),
                mode + " → run " + child.getNumber() + ", " + chosen.size() + " records");
        return child;
    }

    /**
     * Relaunches the records of a corrected file: the run's export, edited. Each row names its item in the
     * {@code ItemId} column; its other columns are the corrected record.
     */
    public Run relaunchCorrected(long runId, FileInput correctedFile) {
        Run parent = lockFinished(runId);
        Run child = create(
                parent.getProcess(),
                new CorrectedFile(correctedFile, parent, workItems),
                parent.isDryRun(),
                Launch.relaunchOf(parent),
                parent.getId());
        audit.record(
                AuditAction.RUN_RELAUNCHED,
                runTarget(parent),
                "corrected file → run " + child.getNumber() + ", " + child.getTotal() + " records");
        return child;
    }

    public Run stop(long runId, StopMode mode, PendingPolicy pending) {
        Run run = lockRun(runId);
        String user = user();
        switch (run.getState()) {
            case PENDING -> {
                run.stopRequested(mode, pending, user);
                items.closePending(
                        runId, pending, "Not processed: the run was stopped by " + user + " before it started.");
                leased.settle(runId, "The run was stopped by " + user + " while a robot held this record.");
                lifecycle.finish(run);
            }
            case RUNNING -> {
                run.stopRequested(mode, pending, user);
                if (mode == StopMode.TERMINATE) {
                    items.interruptInFlight(runId, "Terminated by " + user + " while this record was being processed.");
                }
                stopRequested.fire(new RunStopRequested(runId, mode, user));
                // A robot run's job takes the answers of the leases still held and ends when none is left.
                if (run.getJobExecutionId() != null
                        && !catalog.external(run.getProcess().job())) {
                    jobOperator.stop(run.getJobExecutionId());
                }
            }
            case STOPPING -> throw new ConflictException("Run " + run.getNumber() + " is already stopping.");
            default ->
                throw new ConflictException("Run " + run.getNumber() + " has already ended (" + run.getState() + ").");
        }
        audit.record(AuditAction.RUN_STOPPED, runTarget(run), mode + ", pending items " + pending);
        return run;
    }

    /** A person resolves a KO or ERROR item: discarded after review, or processed by hand. */
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
        WorkItem item =
                workItems.lock(itemId).orElseThrow(() -> new NotFoundException("No item has id " + itemId + "."));
        if (!item.needsAttention()) {
            throw new ConflictException("Item " + itemId + " does not need resolving: it is " + describe(item) + ".");
        }
        resolutions.resolve(item, action, note.strip(), user());
        audit.record(
                AuditAction.ITEM_RESOLVED,
                "item " + itemId + " of run " + item.getRunId(),
                action + ": " + note.strip());
        return item;
    }

    /** Creates the run and its items; the process is locked until commit, so run numbers are taken one at a time. */
    private Run create(Process unlocked, RunInput input, boolean dryRun, Launch launch, Long parentRunId) {
        Process process = processes.lock(unlocked.getName());
        processes.requireActive(process);
        ProcessDefinition definition = processes.definition(process.getName());
        int number = em.createNamedQuery("Run.nextNumber", Integer.class)
                .setParameter("process", process)
                .getSingleResult();
        String runBy = launch.runBy() != null ? launch.runBy() : user();
        Run run = new Run(process, number, launch, runBy, dryRun, parentRunId, Instant.now());
        em.persist(run);
        em.flush();
        leased.open(run.getId());
        RunIntake intake = new RunIntake(definition.keyColumn());
        try (WorkItemRows.Inserter inserter = items.inserter(run.getId())) {
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
        if (mode == RelaunchMode.SELECTED) {
            if (itemIds == null || itemIds.isEmpty()) {
                throw new InvalidRequestException("itemIds: name the items to relaunch.");
            }
            List<Long> unknown = workItems.notInRun(parent.getId(), itemIds);
            if (!unknown.isEmpty()) {
                throw new InvalidRequestException(
                        "itemIds: " + unknown + " are not items of run " + parent.getNumber() + ".");
            }
        }
        return workItems.relaunchable(parent.getId(), mode, itemIds);
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
