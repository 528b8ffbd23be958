package io.verdict.run;

import io.verdict.handler.RunContext;
import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import io.verdict.result.ReasonCode;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The transitions of a run that no person asks for: claimed by a robot, started by the batch runtime, ended, recovered
 * after a crash, and completed once its last failure is resolved.
 */
@ApplicationScoped
@Transactional
public class RunLifecycle {

    private static final Logger LOG = Logger.getLogger(RunLifecycle.class.getName());
    private static final List<RunState> EXECUTING = List.of(RunState.RUNNING, RunState.STOPPING);

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    WorkItemRows items;

    @Inject
    LeasedRecords leased;

    @Inject
    ProcessService processes;

    @Inject
    ItemResolutions resolutions;

    @Inject
    Event<RunEnded> ended;

    public RunContext context(long runId) {
        Run run = em.find(Run.class, runId);
        String process = run.getProcess().getName();
        return new RunContext(
                runId,
                process,
                run.isDryRun(),
                run.getProcess().getMaxAttempts(),
                run.getProcess().getBackoffMs(),
                processes.settings(process));
    }

    /** The job XML that runs the run's process: the process's own, or its template's when it was declared. */
    public String job(long runId) {
        return em.find(Run.class, runId).getProcess().job();
    }

    /** What the run's batch job is started with: the run, and its process's chunk size and partitions. */
    public Properties jobParameters(long runId) {
        Process process = em.find(Run.class, runId).getProcess();
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("chunkSize", Integer.toString(process.getChunkSize()));
        parameters.setProperty("partitions", Integer.toString(process.getPartitions()));
        return parameters;
    }

    /** The batch runtime began executing the run; true when a stop was asked for before it began. */
    public boolean jobStarted(long runId, long jobExecutionId) {
        Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        run.jobStarted(jobExecutionId);
        return run.getState() == RunState.STOPPING;
    }

    /**
     * The batch execution ended, however it ended: records in flight end ERROR INTERRUPTED; records not reached end as
     * the user's stop asked, or ERROR when the execution failed; then the run takes its final state. An execution that
     * stopped without a user asking (the server shut down or was suspended) leaves its run PENDING, to be resumed. An
     * execution whose run was recovered from it meanwhile (its robot fell silent), or has ended meanwhile, changes
     * nothing.
     */
    public void jobEnded(long runId, long jobExecutionId, BatchStatus status, String why) {
        Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (!Objects.equals(run.getJobExecutionId(), jobExecutionId)
                || run.getState().isFinished()) {
            LOG.warning(() -> "Job execution " + jobExecutionId + " of run " + runId + " ended after its robot was"
                    + " taken for silent; the run is another execution's, or has ended, and is left alone.");
            return;
        }
        items.interruptInFlight(runId, "The run ended while this record was being processed.");
        if (run.getState() == RunState.STOPPING) {
            items.closePending(
                    runId, run.getStopPending(), "Not processed: the run was stopped by " + run.getStoppedBy() + ".");
        } else if (status == BatchStatus.STOPPED) {
            LOG.info(() ->
                    "Run " + runId + " stopped with the server while executing; it resumes when a robot is ready.");
            run.resume();
            return;
        } else if (status == BatchStatus.FAILED) {
            items.failPending(runId, ReasonCode.TECHNICAL, "Not processed: the run failed (" + why + ").");
        }
        leased.settle(runId, "The run ended while a robot held this record.");
        resolutions.resolveOriginsOf(runId);
        finish(run);
    }

    /** Could not start the batch job at all: every record ends ERROR and the run ends. */
    public void couldNotStart(long runId, String why) {
        Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
        items.failPending(runId, ReasonCode.TECHNICAL, "Not processed: the run could not start (" + why + ").");
        leased.settle(runId, "The run could not start again while a robot held this record (" + why + ").");
        finish(run);
    }

    /** The robots that are executing runs (RUNNING or STOPPING). */
    public List<String> robotsExecuting() {
        return em.createQuery("SELECT DISTINCT r.robot FROM Run r WHERE r.state IN :states", String.class)
                .setParameter("states", EXECUTING)
                .getResultList();
    }

    /**
     * After a robot stopped (this node restarted, or another node fell silent): its runs that were executing get their
     * in-flight records ERROR INTERRUPTED (never processed twice) and go back to PENDING so that the rest is processed;
     * runs that were stopping end. The runs are locked, so two nodes recovering one robot do it once.
     */
    public int recover(String robot) {
        List<Run> crashed = em.createQuery(
                        "SELECT r FROM Run r WHERE r.robot = :robot AND r.state IN :states ORDER BY r.id", Run.class)
                .setParameter("robot", robot)
                .setParameter("states", EXECUTING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (Run run : crashed) {
            items.interruptInFlight(run.getId(), "The server stopped while this record was being processed.");
            if (run.getState() == RunState.STOPPING) {
                items.closePending(run.getId(), run.getStopPending(), "Not processed: the run was stopped.");
                leased.settle(run.getId(), "The run was stopped while a robot held this record.");
                resolutions.resolveOriginsOf(run.getId());
                finish(run);
            } else {
                run.resume();
            }
        }
        return crashed.size();
    }

    /**
     * Sets a run's final state from its items, COMPLETED when nothing needs attention, else UNRESOLVED, and tells
     * whoever observes {@link RunEnded}.
     */
    void finish(Run run) {
        em.flush();
        RunCounts counts = items.counts(run.getId());
        run.ended(counts, Instant.now());
        ended.fire(new RunEnded(run, counts));
    }
}
