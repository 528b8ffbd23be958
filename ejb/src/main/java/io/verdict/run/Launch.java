package io.verdict.run;

/**
 * What starts a run: its trigger and, for a schedule's run, the schedule (the run waits while it is paused) and the
 * robot the schedule asks for (it replaces the process's robot for this run).
 */
public record Launch(Trigger trigger, Long scheduleId, String robot) {

    /** Who a schedule's runs are run by. */
    public static final String SCHEDULER = "Scheduler";

    public static Launch by(Trigger trigger) {
        return new Launch(trigger, null, null);
    }

    public static Launch bySchedule(long scheduleId, String robot) {
        return new Launch(Trigger.SCHEDULER, scheduleId, robot);
    }

    /** A relaunch goes to the robot its parent run asked for: the one its schedule names has what the process needs. */
    public static Launch relaunchOf(Run parent) {
        return new Launch(Trigger.RELAUNCH, null, parent.getAssignedRobot());
    }
}
