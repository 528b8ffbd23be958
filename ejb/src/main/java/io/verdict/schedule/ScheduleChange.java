package io.verdict.schedule;

import io.verdict.error.InvalidRequestException;
import io.verdict.robot.RobotIdentity;

/**
 * A schedule as an administrator sends it: the process it runs, its rule, whether it is active, the robot it asks for
 * ({@code null}: the process's) and what it does about a due time the server missed.
 */
public record ScheduleChange(String process, ScheduleRule rule, boolean active, String robot, Misfire misfire) {

    /** The schedule as it is, to change one part of it. */
    public static ScheduleChange of(Schedule schedule) {
        return new ScheduleChange(
                schedule.getProcess().getName(),
                schedule.rule(),
                schedule.isActive(),
                schedule.getRobot(),
                schedule.getMisfire());
    }

    public ScheduleChange withActive(boolean active) {
        return new ScheduleChange(process, rule, active, robot, misfire);
    }

    public ScheduleChange {
        if (process == null) {
            throw new InvalidRequestException("process: name the process the schedule runs.");
        }
        if (rule == null) {
            throw new InvalidRequestException("hour and minute: say when, in GMT, the schedule is due.");
        }
        if (robot != null) {
            String given = robot;
            robot = RobotIdentity.canonical(robot)
                    .orElseThrow(() -> new InvalidRequestException(
                            "robot: " + RobotIdentity.notAName(given) + "; send null for the process's robot."));
        }
        if (misfire == null) {
            misfire = Misfire.FIRE_ONCE;
        }
    }
}
