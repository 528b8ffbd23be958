package io.verdict.run;

/**
 * What starts a run: its trigger; who it is run by when that is not the caller (the Scheduler, the sender of an
 * e-mail); for a schedule's run, the schedule (the run waits while it is paused) and the robot the schedule asks for
 * (it replaces the process's robot for this run).
 */
public record Launch(Trigger trigger, String runBy, Long scheduleId, String robot) {

    /** Who a schedule's runs are run by. */
    public static final String SCHEDULER = "Scheduler";

    /** Started by the caller. */
    public static Launch by(Trigger trigger) {
        return new Launch(trigger, null, null, null);
    }

    public static Launch bySchedule(long scheduleId, String robot) {
        return new Launch(Trigger.SCHEDULER, SCHEDULER, scheduleId, robot);
    }

    /** Started by an e-mail to a watched mailbox: run by its sender, whose address the summary then goes to. */
    public static Launch byEmail(String sender) {
        return new Launch(Trigger.EMAIL, sender, null, null);
    }

    /** A relaunch goes to the robot its parent run asked for: the one its schedule names has what the process needs. */
    public static Launch relaunchOf(Run parent) {
        return new Launch(Trigger.RELAUNCH, null, null, parent.getAssignedRobot());
    }
}
