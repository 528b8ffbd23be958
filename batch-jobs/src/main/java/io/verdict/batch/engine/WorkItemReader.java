package io.verdict.batch.engine;

import io.verdict.handler.PendingItem;
import io.verdict.run.ItemRange;
import io.verdict.run.WorkItemRows;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the pending items of its partition's range of the run in id order, a page at a time (keyset); the checkpoint
 * is the last id read.
 */
@Dependent
@Named("workItemReader")
public class WorkItemReader extends AbstractItemReader {

    static final int PAGE_SIZE = 500;

    @Inject
    @BatchProperty
    String runId;

    /** The partition's range ({@link WorkItemPartitions}): the items with an id above this one... */
    @Inject
    @BatchProperty
    String afterId;

    /** ...up to this one. */
    @Inject
    @BatchProperty
    String upToId;

    @Inject
    WorkItemRows items;

    private final Deque<PendingItem> page = new ArrayDeque<>();
    private ItemRange range;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        range = new ItemRange(Long.parseLong(afterId), Long.parseLong(upToId));
        lastId = checkpoint == null ? range.afterId() : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(items.pendingPage(Long.parseLong(runId), range, lastId, PAGE_SIZE));
        }
        PendingItem next = page.poll();
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
