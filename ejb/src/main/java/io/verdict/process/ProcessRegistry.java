package io.verdict.process;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Registers every concrete job XML of the deployment as a process at start-up, so a new job needs no manual setup,
 * and keeps the job-level properties as the defaults of each process's settings.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ProcessRegistry {

    private static final Logger LOG = Logger.getLogger(ProcessRegistry.class.getName());

    @Inject
    JobOperator jobOperator;

    @Inject
    ProcessService processes;

    @Inject
    ProcessCatalog catalog;

    @PostConstruct
    void registerDeployedJobs() {
        Set<String> jobNames = new TreeSet<>(jobOperator.getJobNames());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String jobName : jobNames) {
            JobProperties.of(jobName, loader).ifPresent(properties -> {
                ProcessDefinition definition = ProcessDefinition.ofJob(jobName, properties);
                catalog.add(definition);
                processes.register(jobName, definition.description());
            });
        }
        LOG.info(() -> "Processes registered from job XMLs: " + catalog.names());
    }
}
