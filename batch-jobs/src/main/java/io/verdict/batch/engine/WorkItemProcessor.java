package io.verdict.batch.engine;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.PendingItem;
import io.verdict.handler.RecordHandler;
import io.verdict.handler.RunContext;
import io.verdict.handler.TechnicalException;
import io.verdict.result.ReasonCode;
import io.verdict.run.ItemOutcome;
import io.verdict.run.RunLifecycle;
import io.verdict.run.WorkItemRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Runs the process's record handler on one item: data rules first; then, unless it is a dry run, marks the item in
 * flight and does the work, retrying technical failures with exponential backoff up to the process's max attempts. KO
 * and final ERROR leave as skippable exceptions for {@link WorkItemSkipListener}.
 *
 * <p>Once a stop is asked for, the remaining items are filtered (left pending for the stop to close) and retries give
 * up: JBeret only checks for a stop, and for the end of a chunk, after an item that was not skipped, so a streak of
 * failures would otherwise hold the chunk open and ignore the stop.
 */
@Dependent
@Named("workItemProcessor")
public class WorkItemProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String handler;

    @Inject
    JobOperator jobOperator;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Inject
    RunLifecycle lifecycle;

    @Inject
    WorkItemRows items;

    @Inject
    @Any
    Instance<RecordHandler> handlers;

    private RunContext run;
    private RecordHandler recordHandler;

    @Override
    public Object processItem(Object item) throws Exception {
        if (stopRequested()) {
            return null;
        }
        PendingItem record = (PendingItem) item;
        ChunkResults results = ChunkResults.of(step);
        results.attempting(record.id(), 1);
        checkData(record);
        if (run().dryRun()) {
            return ItemOutcome.ok(record.id(), 1, "Dry run: the data is valid; nothing was sent.");
        }
        if (!items.markInFlight(record.id(), job.getExecutionId())) {
            return null;
        }
        for (int attempt = 1; ; attempt++) {
            results.attempting(record.id(), attempt);
            try {
                return ItemOutcome.ok(record.id(), attempt, recordHandler().process(record, run()));
            } catch (TechnicalException failure) {
                retryOrThrow(failure, attempt);
            } catch (RuntimeException unexpected) {
                retryOrThrow(
                        new TechnicalException(
                                ReasonCode.TECHNICAL,
                                "Unexpected " + unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(),
                                unexpected),
                        attempt);
            }
        }
    }

    /** The data rules; a handler that breaks (e.g. on a malformed setting) fails this record, not the run. */
    private void checkData(PendingItem record) throws BusinessRuleException, TechnicalException {
        try {
            recordHandler().checkData(record, run());
        } catch (RuntimeException broken) {
            throw new TechnicalException(
                    ReasonCode.TECHNICAL,
                    "The process could not check the record: "
                            + broken.getClass().getSimpleName() + ": " + broken.getMessage(),
                    broken);
        }
    }

    private void retryOrThrow(TechnicalException failure, int attempt) throws TechnicalException {
        if (attempt >= run().maxAttempts() || stopRequested()) {
            throw failure;
        }
        try {
            Backoff.pause(run().backoffMs(), attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TechnicalException(ReasonCode.INTERRUPTED, "Interrupted while waiting to retry.", e);
        }
    }

    /**
     * Asks the job operator, not the {@link JobContext}: a partition's context holds its own copy of the job
     * execution, whose status a stop does not change. The operator answers from the running execution, in memory.
     * While the server shuts down the operator is gone, and that is a stop too: the run resumes at the next start.
     */
    private boolean stopRequested() {
        try {
            return jobOperator.getJobExecution(job.getExecutionId()).getBatchStatus() == BatchStatus.STOPPING;
        } catch (RuntimeException operatorGone) {
            return true;
        }
    }

    private RunContext run() {
        if (run == null) {
            run = lifecycle.context(Long.parseLong(runId));
        }
        return run;
    }

    private RecordHandler recordHandler() {
        if (recordHandler == null) {
            if (handler == null || handler.isBlank()) {
                throw new IllegalStateException("the job XML has no handler property: name the process's @Named"
                        + " RecordHandler bean in its job-level properties");
            }
            recordHandler = handlers.select(NamedLiteral.of(handler)).get();
        }
        return recordHandler;
    }
}
