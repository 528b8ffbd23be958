package io.verdict.schedule;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Schedules as people see and change them. Viewers read schedules, previews and ledgers; administrators create, change,
 * pause and delete them, each change audited and applied to the schedule's timer in the same transaction.
 */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class ScheduleService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ProcessService processes;

    @Inject
    ScheduleTimers timers;

    @Inject
    AuditService audit;

    public List<Schedule> list() {
        return em.createNamedQuery("Schedule.findAll", Schedule.class).getResultList();
    }

    public Schedule require(long id) {
        Schedule schedule = em.find(Schedule.class, id);
        if (schedule == null) {
            throw new NotFoundException("No schedule has id " + id + ".");
        }
        return schedule;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Schedule create(ScheduleChange change) {
        Schedule schedule = new Schedule(process(change), change, Instant.now());
        em.persist(schedule);
        em.flush();
        timers.set(schedule);
        audit.record(AuditAction.SCHEDULE_CREATED, schedule.target(), schedule.describe());
        return schedule;
    }

    /**
     * Changes the schedule as {@code changeOf} makes the change from the schedule as it is, read under its lock: two
     * administrators' partial changes apply one after the other, never over each other.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Schedule change(long id, Function<Schedule, ScheduleChange> changeOf) {
        Schedule schedule = lock(id);
        ScheduleChange change = changeOf.apply(schedule);
        String before = schedule.describe();
        boolean wasActive = schedule.isActive();
        if (schedule.apply(process(change), change, Instant.now())) {
            timers.set(schedule);
        }
        AuditAction action = wasActive == schedule.isActive()
                ? AuditAction.SCHEDULE_CHANGED
                : schedule.isActive() ? AuditAction.SCHEDULE_RESUMED : AuditAction.SCHEDULE_PAUSED;
        audit.record(action, schedule.target(), before + " → " + schedule.describe());
        return schedule;
    }

    /** Deletes the schedule, its timer and its ledger; its runs stay, and one still PENDING is no longer held. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id) {
        Schedule schedule = lock(id);
        timers.cancel(id);
        audit.record(AuditAction.SCHEDULE_DELETED, schedule.target(), schedule.describe());
        em.remove(schedule);
    }

    /** The next {@code count} firings at or after {@code from}, in GMT and in {@code zone}. */
    public List<ComingDueTime> preview(long id, int count, ZoneId zone, Instant from) {
        if (count < 1 || count > ComingDueTime.MAX_COUNT) {
            throw new InvalidRequestException("count must be between 1 and " + ComingDueTime.MAX_COUNT + ".");
        }
        return ComingDueTime.of(require(id).rule(), from, count, zone);
    }

    /** The schedule's ledger, newest due time first: {@code limit} lines before line {@code beforeId} (keyset). */
    public List<LedgerLine> firings(long id, int limit, Long beforeId) {
        require(id);
        TypedQuery<LedgerLine> query = em.createQuery(
                        "SELECT f FROM LedgerLine f WHERE f.scheduleId = :schedule"
                                + (beforeId == null ? "" : " AND f.id < :before") + " ORDER BY f.id DESC",
                        LedgerLine.class)
                .setParameter("schedule", id);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The process a schedule names: a 400 naming the field when it is not a process Verdict runs. */
    private Process process(ScheduleChange change) {
        try {
            processes.definition(change.process());
            return processes.require(change.process());
        } catch (NotFoundException e) {
            throw new InvalidRequestException("process: " + e.getMessage());
        }
    }

    private Schedule lock(long id) {
        Schedule schedule = em.find(Schedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            throw new NotFoundException("No schedule has id " + id + ".");
        }
        return schedule;
    }
}
