package io.verdict.process;

import java.util.List;

/** A process as the API shows it: its name and its settings. */
public record ProcessJson(
        String name,
        String description,
        String robot,
        int maxAttempts,
        String minRobotVersion,
        List<String> recipients,
        boolean concurrentRuns) {

    static ProcessJson of(Process process) {
        return new ProcessJson(
                process.getName(),
                process.getDescription(),
                process.getRobot(),
                process.getMaxAttempts(),
                process.getMinRobotVersion(),
                process.getRecipients(),
                process.isConcurrentRuns());
    }
}
