package io.verdict.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes schedules' ledgers. Each accounting locks its schedule row, so a timer that fires on one node, a catch-up at
 * start-up and a stale duplicate timer never enter a due time twice: the ledger holds one line per due time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleLedger {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ScheduleSettings settings;

    /** What a firing must do: start a run of the process for the ledger line {@code firingId}. */
    public record Firing(long firingId, long scheduleId, String process, String robot) {}

    /**
     * Enters the schedule's due times up to now in its ledger and returns the firing to start, if any. Empty as well
     * when there is nothing to enter, the schedule is paused or gone, or {@code revision} is given and is not the
     * schedule's: {@link #isCurrent} tells a timer whether it is stale.
     */
    public Optional<Firing> account(long scheduleId, Integer revision, Instant now, Instant serverStart) {
        Schedule schedule = em.find(Schedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isActive() || (revision != null && revision != schedule.getRevision())) {
            return Optional.empty();
        }
        Accounting accounting = Accounting.of(
                schedule.rule(),
                schedule.getMisfire(),
                schedule.getAccountedUntil(),
                now,
                revision != null,
                serverStart,
                settings.grace());
        LedgerLine toFire = null;
        for (Accounting.Line line : accounting.lines()) {
            LedgerLine firing = new LedgerLine(scheduleId, line.dueAt(), line.status(), line.reason(), now);
            em.persist(firing);
            if (line.dueAt().equals(accounting.toFire())) {
                toFire = firing;
            }
            schedule.accountedUntil(line.dueAt());
        }
        if (toFire == null) {
            return Optional.empty();
        }
        em.flush();
        return Optional.of(
                new Firing(toFire.getId(), scheduleId, schedule.getProcess().getName(), schedule.getRobot()));
    }

    /** Whether a timer made for this revision of the schedule is the one it should have. */
    public boolean isCurrent(long scheduleId, int revision) {
        Schedule schedule = em.find(Schedule.class, scheduleId);
        return schedule != null && schedule.isActive() && schedule.getRevision() == revision;
    }

    /** Completes the ledger line with its run; a line gone with its deleted schedule needs nothing. */
    public void ran(long firingId, long runId) {
        Optional.ofNullable(em.find(LedgerLine.class, firingId)).ifPresent(line -> line.ran(runId));
    }

    public void noRun(long firingId, String why) {
        Optional.ofNullable(em.find(LedgerLine.class, firingId)).ifPresent(line -> line.noRun(why));
    }

    /** The schedules that fire. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Schedule> active() {
        return em.createNamedQuery("Schedule.findActive", Schedule.class).getResultList();
    }
}
