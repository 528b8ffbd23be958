package io.verdict.batch.engine;

import io.verdict.handler.RunContext;
import io.verdict.lease.AnsweredItem;
import io.verdict.lease.WorkLeases;
import io.verdict.run.ItemOutcome;
import io.verdict.run.RunLifecycle;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * Turns a robot's answer into the record's outcome with the engine's one policy: OK is written; KO leaves as a
 * {@link BusinessRuleException} and a final ERROR as a {@link TechnicalException}, for {@link WorkItemSkipListener};
 * an ERROR of a robot that touched nothing ({@code started:false}) with attempts left, while the run is not stopping,
 * goes back to pending for any robot to lease after the process's {@link Backoff}, instead of the in-server
 * processor's wait on its thread. An ERROR after the robot started is in doubt: never redone blindly, it ends ERROR
 * for a person to check the target system.
 */
@Dependent
@Named("answerProcessor")
public class AnswerProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    StepContext step;

    @Inject
    RunLifecycle lifecycle;

    @Inject
    WorkLeases leases;

    private RunContext run;

    @Override
    public Object processItem(Object item) throws Exception {
        if (item == AnswerReader.NOTHING_YET) {
            return null;
        }
        AnsweredItem answered = (AnsweredItem) item;
        ChunkResults.of(step).attempting(answered.itemId(), answered.attempt());
        switch (answered.answer().result()) {
            case OK -> {
                return answered.outcome();
            }
            case KO -> throw answered.ko();
            default -> {
                if (answered.failedUntouched()
                        && answered.attempt() < run().maxAttempts()
                        && !leases.stopping(run().runId())) {
                    Instant retryAt = Instant.now().plusMillis(Backoff.delayMs(run().backoffMs(), answered.attempt()));
                    return ItemOutcome.retry(answered.itemId(), answered.attempt(), retryAt);
                }
                throw answered.error();
            }
        }
    }

    private RunContext run() {
        if (run == null) {
            run = lifecycle.context(Long.parseLong(runId));
        }
        return run;
    }
}
