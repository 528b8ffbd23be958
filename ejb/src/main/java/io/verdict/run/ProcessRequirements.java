package io.verdict.run;

import io.verdict.process.Process;

/**
 * What a run asks of the robot that runs it, and whether runs of its process may overlap. The robot is the process's,
 * or the one the run's schedule names ({@code robotFromSchedule}).
 *
 * @param external whether external robots work the process's records over the robot protocol (a {@code robot}
 *     process), rather than a Verdict server node's handler
 */
public record ProcessRequirements(
        String processName,
        String robot,
        boolean robotFromSchedule,
        String minRobotVersion,
        boolean concurrentRuns,
        boolean external) {

    /** The requirements of runs of the process that ask for {@code assignedRobot}, or for none when it is null. */
    public static ProcessRequirements of(Process process, String assignedRobot, boolean external) {
        return new ProcessRequirements(
                process.getName(),
                assignedRobot == null ? process.getRobot() : assignedRobot,
                assignedRobot != null,
                process.getMinRobotVersion(),
                process.isConcurrentRuns(),
                external);
    }

    public static ProcessRequirements of(Run run, boolean external) {
        return of(run.getProcess(), run.getAssignedRobot(), external);
    }

    /** The same requirements asked of one robot, as when that robot asks for work. */
    ProcessRequirements of(String oneRobot) {
        return new ProcessRequirements(processName, oneRobot, false, minRobotVersion, concurrentRuns, external);
    }
}
