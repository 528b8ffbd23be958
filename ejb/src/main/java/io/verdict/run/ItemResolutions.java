package io.verdict.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolving a failed item resolves the item it relaunched too, up the chain of origins; a finished run whose last
 * failure is resolved becomes COMPLETED.
 */
@ApplicationScoped
@Transactional
public class ItemResolutions {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    WorkItemRows items;

    @Inject
    WorkItems workItems;

    /** A person resolved a KO or ERROR item. */
    public void resolve(WorkItem item, Resolution resolution, String note, String user) {
        Instant now = Instant.now();
        item.resolve(resolution, note, user, now);
        Set<Long> runs = new LinkedHashSet<>(List.of(item.getRunId()));
        resolveOrigins(item.getOriginItemId(), resolution, note, user, now, runs);
        settle(runs);
    }

    /** The OK items of this run that relaunched failed items resolve them: the relaunch succeeded. */
    public void resolveOriginsOf(long runId) {
        Run run = em.find(Run.class, runId);
        List<Long> origins = workItems.originsOfSucceeded(runId);
        Set<Long> runs = new LinkedHashSet<>();
        String note = "Succeeded in run " + run.getNumber() + " of "
                + run.getProcess().getName() + ".";
        Instant now = Instant.now();
        for (Long origin : origins) {
            resolveOrigins(origin, Resolution.RELAUNCHED, note, run.getRunBy(), now, runs);
        }
        settle(runs);
    }

    private void resolveOrigins(
            Long originId, Resolution resolution, String note, String user, Instant at, Set<Long> runs) {
        while (originId != null) {
            WorkItem origin = workItems.lock(originId).orElseThrow();
            if (origin.needsAttention()) {
                origin.resolve(resolution, note, user, at);
                runs.add(origin.getRunId());
            }
            originId = origin.getOriginItemId();
        }
    }

    /** Recounts each run under its row lock, in id order, so two settlements of one run never miss each other. */
    private void settle(Set<Long> runIds) {
        em.flush();
        for (Long runId : new TreeSet<>(runIds)) {
            Run run = em.find(Run.class, runId, LockModeType.PESSIMISTIC_WRITE);
            run.settle(items.counts(runId));
        }
    }
}
