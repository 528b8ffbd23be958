package io.verdict.schedule;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The persistent EJB calendar timers behind the schedules, one per active schedule, made for its rule's revision and
 * kept in the database timer store: they survive restarts and, on a cluster, each firing happens on one node. Timers
 * are made and cancelled in the caller's transaction, so a schedule change that fails leaves its timer as it was.
 */
@Stateless
@PermitAll
public class ScheduleTimers {

    private static final Logger LOG = Logger.getLogger(ScheduleTimers.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    ScheduleLedger ledger;

    @Inject
    ScheduleFirer firer;

    @Inject
    ScheduleStartup startup;

    /** Gives the schedule the one timer its rule and revision call for, or none while it is paused. */
    public void set(Schedule schedule) {
        cancel(schedule.getId());
        if (schedule.isActive()) {
            create(schedule);
        }
    }

    public void cancel(long scheduleId) {
        for (Timer timer : timerService.getTimers()) {
            if (TimerInfo.read(timer.getInfo())
                    .filter(info -> info.scheduleId() == scheduleId)
                    .isPresent()) {
                timer.cancel();
            }
        }
    }

    /**
     * Brings the timers in step with the schedules, as after a restart or a change made elsewhere: each active
     * schedule keeps one timer of its revision; timers of older revisions, of paused or deleted schedules, and
     * duplicates are cancelled.
     */
    public void reconcile(List<Schedule> active) {
        Set<Long> timed = new HashSet<>();
        int cancelled = 0;
        for (Timer timer : timerService.getTimers()) {
            Optional<TimerInfo> info = TimerInfo.read(timer.getInfo());
            boolean current = info.isPresent()
                    && active.stream().anyMatch(info.get()::isFor)
                    && timed.add(info.get().scheduleId());
            if (!current) {
                timer.cancel();
                cancelled++;
            }
        }
        List<Schedule> untimed =
                active.stream().filter(s -> !timed.contains(s.getId())).toList();
        untimed.forEach(this::create);
        if (cancelled + untimed.size() > 0) {
            int made = untimed.size(), removed = cancelled;
            LOG.info(() -> "Schedule timers brought in step: " + made + " made, " + removed + " cancelled.");
        }
    }

    /**
     * The timer fires for its schedule; a timer left over from an older revision, or a schedule that is gone,
     * cancels itself instead. Outside a transaction: the firing commits its own steps; a failure is logged (and, once
     * the ledger line exists, written in it) rather than retried by the container, which would fire twice.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void timeout(Timer timer) {
        Instant now = Instant.now();
        Optional<TimerInfo> info = TimerInfo.read(timer.getInfo());
        if (info.isEmpty()
                || !ledger.isCurrent(info.get().scheduleId(), info.get().revision())) {
            timer.cancel();
            return;
        }
        try {
            firer.fire(info.get().scheduleId(), info.get().revision(), now, startup.startedAt());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schedule " + info.get().scheduleId() + " could not fire", e);
        }
    }

    private void create(Schedule schedule) {
        timerService.createCalendarTimer(
                schedule.rule().expression(),
                new TimerConfig(TimerInfo.of(schedule).info(), true));
    }
}
