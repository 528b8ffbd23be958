package io.verdict.batch.engine;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.PendingItem;
import io.verdict.handler.TechnicalException;
import io.verdict.lease.AnsweredItem;
import io.verdict.result.ReasonCode;
import io.verdict.run.ItemOutcome;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Records why a skipped record failed: a {@link BusinessRuleException} is KO, a {@link TechnicalException} that
 * outlived its retries is ERROR. One record's failure never stops the run.
 */
@Dependent
@Named("workItemSkipListener")
public class WorkItemSkipListener implements SkipProcessListener {

    @Inject
    StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception failure) {
        long itemId = item instanceof AnsweredItem answered ? answered.itemId() : ((PendingItem) item).id();
        ChunkResults results = ChunkResults.of(step);
        int attempts = results.attemptsOf(itemId);
        if (failure instanceof BusinessRuleException ko) {
            results.add(ItemOutcome.ko(itemId, attempts, ko));
        } else if (failure instanceof TechnicalException error) {
            results.add(ItemOutcome.error(itemId, attempts, error));
        } else {
            results.add(ItemOutcome.error(itemId, attempts, ReasonCode.TECHNICAL, failure.toString()));
        }
    }
}
