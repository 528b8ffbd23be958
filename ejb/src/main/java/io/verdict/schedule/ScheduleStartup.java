package io.verdict.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * When Verdict starts: the schedules' timers are brought in step with the schedules, then, in the background so that
 * reading inbox files never holds up the deployment, each schedule accounts for the due times it missed while the
 * server was down (at most one catch-up run under FIRE_ONCE, none under SKIP). A due time before {@link #startedAt}
 * was missed; one after it fires on time.
 */
@Startup
@Singleton
@DependsOn("RunRecovery")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduleStartup {

    private Instant startedAt;

    @Inject
    ScheduleLedger ledger;

    @Inject
    ScheduleTimers timers;

    @Inject
    ScheduleFirer firer;

    @PostConstruct
    void start() {
        startedAt = Instant.now();
        List<Schedule> active = ledger.active();
        timers.reconcile(active);
        firer.catchUp(active.stream().map(Schedule::getId).toList(), startedAt);
    }

    /** When this server started Verdict. */
    @Lock(LockType.READ)
    public Instant startedAt() {
        return startedAt;
    }
}
