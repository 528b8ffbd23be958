package io.verdict.batch.engine;

import io.verdict.run.ItemOutcome;
import io.verdict.run.WorkItemRows;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Persists the chunk's results, OK and failed alike, in one JDBC batch within the chunk's transaction. */
@Dependent
@Named("workItemWriter")
public class WorkItemWriter extends AbstractItemWriter {

    @Inject
    StepContext step;

    @Inject
    WorkItemRows items;

    @Override
    public void writeItems(List<Object> outcomes) {
        ChunkResults results = ChunkResults.of(step);
        outcomes.forEach(outcome -> results.add((ItemOutcome) outcome));
        items.save(results.drain());
    }
}
