package io.verdict.batch.engine;

import io.verdict.run.ItemRange;
import io.verdict.run.WorkItemRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;

/**
 * Cuts a run into its process's number of partitions, each over its own range of the pending items, each on its own
 * thread: a target system that answers slowly is called that many times at once. A run with fewer pending items than
 * partitions gets one partition per item. Every start maps the run anew ({@code partitionsOverride}): a run that comes
 * back after a stop of the server or a silent robot is cut over what is still pending, not over the old ranges.
 */
@Dependent
@Named("workItemPartitions")
public class WorkItemPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    WorkItemRows items;

    @Override
    public PartitionPlan mapPartitions() {
        List<ItemRange> ranges = items.pendingRanges(Long.parseLong(runId), Integer.parseInt(partitions));
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        plan.setPartitionsOverride(true);
        plan.setPartitionProperties(
                ranges.stream().map(WorkItemPartitions::properties).toArray(Properties[]::new));
        return plan;
    }

    private static Properties properties(ItemRange range) {
        Properties properties = new Properties();
        properties.setProperty("afterId", Long.toString(range.afterId()));
        properties.setProperty("upToId", Long.toString(range.upToId()));
        return properties;
    }
}
