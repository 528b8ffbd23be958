package io.verdict.web.process;

import io.verdict.process.Process;
import io.verdict.process.ProcessDefinition;
import io.verdict.process.ProcessService;
import java.util.List;
import java.util.Map;

/**
 * A process as the API shows it: its name, the template it was declared from (null when shipped), the columns its
 * input must have, its settings, and its handler settings (job XML defaults included).
 */
public record ProcessJson(
        String name,
        String template,
        String description,
        List<String> columns,
        String keyColumn,
        boolean active,
        String robot,
        int maxAttempts,
        int backoffMs,
        int chunkSize,
        int partitions,
        int leaseSeconds,
        int maxLeases,
        String minRobotVersion,
        List<String> recipients,
        boolean concurrentRuns,
        int retentionDays,
        String mailFolder,
        Map<String, String> settings) {

    static ProcessJson of(Process process, ProcessService processes) {
        ProcessDefinition definition = processes.definition(process.getName());
        return new ProcessJson(
                process.getName(),
                process.getTemplate(),
                process.getDescription(),
                definition.requiredColumns(),
                definition.keyColumn(),
                process.isActive(),
                process.getRobot(),
                process.getMaxAttempts(),
                process.getBackoffMs(),
                process.getChunkSize(),
                process.getPartitions(),
                process.getLeaseSeconds(),
                process.getMaxLeases(),
                process.getMinRobotVersion(),
                process.getRecipients(),
                process.isConcurrentRuns(),
                process.getRetentionDays(),
                process.getMailFolder(),
                processes.settings(process.getName()));
    }
}
