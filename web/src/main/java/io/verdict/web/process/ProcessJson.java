package io.verdict.web.process;

import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import java.util.List;
import java.util.Map;

/**
 * A process as the API shows it: its name, the columns its input must have, its settings, and its handler settings
 * (job XML defaults included).
 */
public record ProcessJson(
        String name,
        String description,
        List<String> columns,
        String robot,
        int maxAttempts,
        int backoffMs,
        int chunkSize,
        int partitions,
        String minRobotVersion,
        List<String> recipients,
        boolean concurrentRuns,
        int retentionDays,
        String mailFolder,
        Map<String, String> settings) {

    static ProcessJson of(Process process, ProcessService processes) {
        return new ProcessJson(
                process.getName(),
                process.getDescription(),
                processes.definition(process.getName()).requiredColumns(),
                process.getRobot(),
                process.getMaxAttempts(),
                process.getBackoffMs(),
                process.getChunkSize(),
                process.getPartitions(),
                process.getMinRobotVersion(),
                process.getRecipients(),
                process.isConcurrentRuns(),
                process.getRetentionDays(),
                process.getMailFolder(),
                processes.settings(process.getName()));
    }
}
