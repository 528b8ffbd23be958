package io.verdict.run;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's robot at work: every second it claims the PENDING runs it may execute and starts their batch jobs
 * locally. A run claimed by another node is left alone.
 */
@Singleton
public class RunDispatcher {

    private static final Logger LOG = Logger.getLogger(RunDispatcher.class.getName());
    private static final int CLAIMS_PER_TICK = 20;

    @Inject
    RunLifecycle lifecycle;

    @Inject
    RobotIdentity robot;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "Verdict run dispatcher")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void dispatch() {
        String robotName = robot.name();
        for (Long runId : lifecycle.pendingRunIds(CLAIMS_PER_TICK)) {
            if (lifecycle.claim(runId, robotName)) {
                start(runId);
            }
        }
    }

    private void start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("chunkSize", Integer.toString(lifecycle.chunkSize(runId)));
        JobOperator jobs = BatchRuntime.getJobOperator();
        try {
            jobs.start(lifecycle.processName(runId), parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Run " + runId + " could not start", e);
            lifecycle.couldNotStart(runId, e.getMessage());
        }
    }
}
