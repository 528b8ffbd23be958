package io.verdict.run;

import io.verdict.process.Process;

/**
 * What a run asks of the robot that runs it, and whether runs of its process may overlap. The robot is the process's,
 * or the one the run's schedule names ({@code robotFromSchedule}).
 */
public record ProcessRequirements(
        String processName, String robot, boolean robotFromSchedule, String minRobotVersion, boolean concurrentRuns) {

    /** The requirements of runs of the process that ask for {@code assignedRobot}, or for none when it is null. */
    public static ProcessRequirements of(Process process, String assignedRobot) {
        return new ProcessRequirements(
                process.getName(),
                assignedRobot == null ? process.getRobot() : assignedRobot,
                assignedRobot != null,
                process.getMinRobotVersion(),
                process.isConcurrentRuns());
    }

    public static ProcessRequirements of(Run run) {
        return of(run.getProcess(), run.getAssignedRobot());
    }
}
