package io.verdict.batch.engine;

import io.verdict.run.RunLifecycle;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Ties the batch execution to its run: started, and ended however it ended (completed, stopped or failed). */
@Dependent
@Named("runJobListener")
public class RunJobListener implements JobListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobOperator jobOperator;

    @Inject
    JobContext job;

    @Inject
    RunLifecycle lifecycle;

    @Override
    public void beforeJob() {
        boolean stopAlreadyAsked = lifecycle.jobStarted(Long.parseLong(runId), job.getExecutionId());
        if (stopAlreadyAsked) {
            jobOperator.stop(job.getExecutionId());
        }
    }

    @Override
    public void afterJob() {
        String why = job.getExitStatus() == null ? job.getBatchStatus().name() : job.getExitStatus();
        lifecycle.jobEnded(Long.parseLong(runId), job.getExecutionId(), job.getBatchStatus(), why);
    }
}
