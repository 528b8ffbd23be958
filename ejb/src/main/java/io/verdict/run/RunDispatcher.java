package io.verdict.run;

import io.verdict.process.ProcessCatalog;
import io.verdict.robot.RobotIdentity;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's robot at work: every second, for each process with PENDING runs that this robot may run (it is
 * connected, assigned, recent enough and licensed: {@link PendingChecklist#readyRobots}), it claims runs and starts
 * their batch jobs locally. A run of a process worked by external robots starts here as soon as one such robot is
 * ready: its job hands the records to the robots' leases and writes their answers. Nothing else starts a run, so a run
 * whose cause for waiting is fixed starts by itself. A process whose job this node does not deploy is left to the nodes
 * that do.
 */
@Singleton
public class RunDispatcher {

    private static final Logger LOG = Logger.getLogger(RunDispatcher.class.getName());
    /**
     * At most this many runs of a process per robot and second: queued runs spread over the robots that are ready,
     * instead of going all to the first one that looks.
     */
    private static final int CLAIMS_PER_PROCESS = 2;

    @Inject
    JobOperator jobOperator;

    @Inject
    RunQueue queue;

    @Inject
    ProcessCatalog catalog;

    @Inject
    RunLifecycle lifecycle;

    @Inject
    RobotService robots;

    @Inject
    RobotIdentity robot;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "Verdict run dispatcher")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void dispatch() {
        String me = robot.name();
        Roster roster = robots.roster();
        for (Waiting waiting : queue.waiting()) {
            String job = waiting.process().job();
            if (!catalog.deploys(job)) {
                continue;
            }
            boolean external = catalog.external(job);
            List<String> ready = PendingChecklist.readyRobots(waiting.requirements(external), roster);
            if (external ? !ready.isEmpty() : ready.contains(me)) {
                dispatch(waiting, me);
            }
        }
    }

    /** One process's claim; a failure is logged and leaves its runs PENDING for the next dispatch. */
    private void dispatch(Waiting waiting, String me) {
        List<Long> claimed;
        try {
            claimed = queue.claim(waiting.process().getId(), waiting.assignedRobot(), me, CLAIMS_PER_PROCESS);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not claim runs of " + waiting.process().getName() + "; trying again",
                    e);
            return;
        }
        claimed.forEach(this::start);
    }

    private void start(long runId) {
        try {
            jobOperator.start(lifecycle.job(runId), lifecycle.jobParameters(runId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + runId + " could not start", e);
            lifecycle.couldNotStart(runId, e.getMessage());
        }
    }
}
