package io.verdict.run;

import io.verdict.process.Process;

/** PENDING runs of a process that ask for the same robot: the process's ({@code assignedRobot} null) or a schedule's. */
record Waiting(Process process, String assignedRobot) {

    ProcessRequirements requirements(boolean external) {
        return ProcessRequirements.of(process, assignedRobot, external);
    }
}
