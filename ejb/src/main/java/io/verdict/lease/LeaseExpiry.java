package io.verdict.lease;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Notices dead robots: every five seconds, on every node, the leases past their time end EXPIRED and their records
 * ERROR INTERRUPTED (the robot may have done the work: a person verifies before relaunching). A dead robot is noticed
 * within its process's {@code leaseSeconds} and five seconds, whichever node looks first; the conditional updates make
 * two nodes looking at once expire each lease once.
 */
@Singleton
public class LeaseExpiry {

    private static final Logger LOG = Logger.getLogger(LeaseExpiry.class.getName());

    @Inject
    WorkLeases leases;

    /** Each lease in a transaction of its own, so that a stop revoking leases at once never waits on the pass. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "Verdict expiry of robot leases")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void expire() {
        long expired = leases.expired().stream().filter(leases::expire).count();
        if (expired > 0) {
            LOG.info(() -> expired + " robot leases expired; their records ended ERROR INTERRUPTED.");
        }
    }
}
