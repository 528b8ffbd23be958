package io.verdict.run;

import io.verdict.process.Process;

/** What a process asks of the robot that runs it, and whether its runs may overlap. */
public record ProcessRequirements(String processName, String robot, String minRobotVersion, boolean concurrentRuns) {

    public static ProcessRequirements of(Process process) {
        return new ProcessRequirements(
                process.getName(), process.getRobot(), process.getMinRobotVersion(), process.isConcurrentRuns());
    }
}
