package io.verdict.run;

/**
 * Where a run came from, as the checklist's schedule line sees it: its trigger and, for a schedule's run, whether that
 * schedule is active ({@code null} once it is deleted). A paused schedule holds its PENDING runs.
 */
public record RunSchedule(Trigger trigger, Long scheduleId, Boolean active) {

    CheckResult check() {
        if (trigger != Trigger.SCHEDULER) {
            return new CheckResult(Check.SCHEDULE_ACTIVE, true, "started " + trigger + ", not by a schedule");
        }
        if (active == null) {
            return new CheckResult(Check.SCHEDULE_ACTIVE, true, "started by a schedule that has since been deleted");
        }
        return active
                ? new CheckResult(Check.SCHEDULE_ACTIVE, true, "schedule " + scheduleId + " is active")
                : new CheckResult(
                        Check.SCHEDULE_ACTIVE,
                        false,
                        "schedule " + scheduleId + " is paused: the run starts when the schedule is resumed");
    }
}
