package io.verdict.retention;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.process.Process;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Removes each process's runs, with their items, once they ended longer ago than its {@code retentionDays}, and the
 * record of the messages its mailbox took before then: every night
 * at 03:15 GMT (a persistent timer, so one node of a cluster does it), or when an admin asks. The work goes in small
 * batches ({@link PurgeBatches}), and each process's purge is audited.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());
    static final int RUNS_PER_BATCH = 50, ITEMS_PER_BATCH = 1_000;

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    PurgeBatches batches;

    @Inject
    AuditService audit;

    @Resource
    SessionContext session;

    @Schedule(hour = "3", minute = "15", timezone = "GMT", info = "retention purge")
    void nightly() {
        List<Purged> purged = purge(Instant.now(), AuditService.SYSTEM);
        LOG.info(() ->
                "Retention purge: " + purged.stream().mapToInt(Purged::runs).sum() + " runs removed.");
    }

    /** Purges now what the nightly purge would; the admin who asked is named in the audit trail. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Purged> purgeNow() {
        return purge(Instant.now(), session.getCallerPrincipal().getName());
    }

    private List<Purged> purge(Instant now, String by) {
        List<Purged> purged = new ArrayList<>();
        for (Process process : em.createQuery("SELECT p FROM Process p ORDER BY p.name", Process.class)
                .getResultList()) {
            Purged one = purge(process, now.minus(Duration.ofDays(process.getRetentionDays())));
            purged.add(one);
            if (one.runs() > 0) {
                audit.recordAs(
                        by,
                        AuditAction.RUNS_PURGED,
                        "process " + one.process(),
                        one.runs() + " runs and " + one.items() + " items that ended before " + one.before()
                                + " (retention " + one.retentionDays() + " days)");
            }
        }
        return purged;
    }

    private Purged purge(Process process, Instant before) {
        int runs = 0;
        long items = 0;
        List<Long> expired;
        while (!(expired = batches.expiredRuns(process.getId(), before, RUNS_PER_BATCH)).isEmpty()) {
            for (long runId : expired) {
                int deleted;
                while ((deleted = batches.deleteItems(runId, ITEMS_PER_BATCH)) > 0) {
                    items += deleted;
                }
                batches.deleteRun(runId);
                runs++;
            }
        }
        batches.deleteMailTriggers(process.getId(), before);
        return new Purged(process.getName(), process.getRetentionDays(), before, runs, items);
    }
}
