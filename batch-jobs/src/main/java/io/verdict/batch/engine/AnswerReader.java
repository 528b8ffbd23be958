package io.verdict.batch.engine;

import io.verdict.lease.AnsweredItem;
import io.verdict.lease.WorkLeases;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The reader of a run whose records external robots work: it reads the records their robots answered, in id order, a
 * page at a time, for {@link AnswerProcessor} to turn into results. While robots still hold or may lease records and
 * none is answered, it looks again every {@value #POLL_MS} ms, handing the chunk {@link #NOTHING_YET}, which the
 * processor filters, so that the chunk commits what it has on time; once nothing is outstanding the step ends, and the
 * run with it.
 *
 * <p>The run holds this one batch thread while robots work it, and no database connection while it waits; when records
 * are left that no robot holds and no robot may lease (they all fell silent), the job stops and the run goes back to
 * PENDING, holding nothing, until a robot calls in. Nothing is checkpointed: what is answered and not yet written
 * stays ANSWERED, in the database.
 */
@Dependent
@Named("answerReader")
public class AnswerReader extends AbstractItemReader {

    /** Handed to the chunk while robots work and none has answered: not a record. */
    static final Object NOTHING_YET = new Object();

    static final int PAGE_SIZE = 500;
    static final long POLL_MS = 200;

    @Inject
    @BatchProperty
    String runId;

    @Inject
    JobOperator jobOperator;

    @Inject
    WorkLeases leases;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    private final Deque<AnsweredItem> page = new ArrayDeque<>();
    private long lastId;
    private int drainsSeen;

    /**
     * Pages on after the last record read while the chunk lasts (its failures are written only as it ends, so they are
     * still ANSWERED meanwhile); once a chunk was written or rolled back, from the start again, so that a record
     * answered behind the last one read, or rolled back, is not missed.
     */
    @Override
    public Object readItem() throws InterruptedException {
        if (page.isEmpty()) {
            int drains = ChunkResults.of(step).drains();
            if (drains != drainsSeen) {
                drainsSeen = drains;
                lastId = 0;
            }
            page.addAll(leases.answered(Long.parseLong(runId), lastId, PAGE_SIZE));
        }
        AnsweredItem next = page.poll();
        if (next != null) {
            lastId = next.itemId();
            return next;
        }
        switch (leases.outstanding(Long.parseLong(runId))) {
            case NOTHING -> {
                return null;
            }
            case NO_ROBOT -> jobOperator.stop(job.getExecutionId());
            case ANSWERS -> Thread.sleep(POLL_MS);
        }
        return NOTHING_YET;
    }
}
