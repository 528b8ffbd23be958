package io.verdict.engine;

import io.verdict.run.PendingItem;
import io.verdict.run.WorkItemStore;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the run's pending items in id order, a page at a time (keyset); the checkpoint is the last id read. */
@Dependent
@Named("workItemReader")
public class WorkItemReader extends AbstractItemReader {

    static final int PAGE_SIZE = 500;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    WorkItemStore items;

    private final Deque<PendingItem> page = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(items.pendingPage(Long.parseLong(runId), lastId, PAGE_SIZE));
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
