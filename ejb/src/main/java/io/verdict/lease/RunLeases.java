package io.verdict.lease;

import io.verdict.run.LeasedRecords;
import io.verdict.run.WorkItemRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * What the run's life cycle asks of its leases: its lease gate opened as it is created, and its leases settled when
 * it ends without its job: an answer is durable, so its result is written rather than thrown away as in doubt; only a
 * record still held, whose robot may be working on it, ends ERROR INTERRUPTED.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RunLeases implements LeasedRecords {

    private static final int PAGE = 500;

    @Inject
    LeaseRows rows;

    @Inject
    WorkItemRows items;

    @Override
    public void open(long runId) {
        rows.openGate(runId);
    }

    /**
     * Revokes first: an answer racing the settlement either committed before (its record is ANSWERED, and written
     * here) or finds its lease revoked (a 409); reading the answers first would leave one that landed in between
     * ANSWERED in an ended run.
     */
    @Override
    public void settle(long runId, String reason) {
        rows.revoke(runId, reason);
        long after = 0;
        for (List<AnsweredItem> page = rows.answered(runId, after, PAGE);
                !page.isEmpty();
                page = rows.answered(runId, after, PAGE)) {
            items.save(page.stream().map(AnsweredItem::outcome).toList());
            after = page.get(page.size() - 1).itemId();
        }
    }
}
