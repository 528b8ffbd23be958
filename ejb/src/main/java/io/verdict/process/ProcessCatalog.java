package io.verdict.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this node deploys, read from their job XMLs at start-up by {@link ProcessRegistry}: each is a shipped
 * process, and those marked {@code template} are also the templates processes are declared from.
 */
@ApplicationScoped
public class ProcessCatalog {

    private final Map<String, ProcessDefinition> jobs = new ConcurrentHashMap<>();

    void add(ProcessDefinition definition) {
        jobs.put(definition.job(), definition);
    }

    /** The shipped processes' names, in order. */
    public Set<String> names() {
        return new TreeSet<>(jobs.keySet());
    }

    /** The shipped process of this name. */
    public Optional<ProcessDefinition> find(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    /** Whether this node deploys the job that runs a process, shipped or declared. */
    public boolean deploys(String job) {
        return jobs.containsKey(job);
    }

    /** Whether external robots work the records of the processes this job runs ({@link ProcessDefinition#external}). */
    public boolean external(String job) {
        return find(job).map(ProcessDefinition::external).orElse(false);
    }

    /** The template of this name. */
    public Optional<ProcessDefinition> template(String name) {
        return find(name).filter(ProcessDefinition::template);
    }

    /** The templates, by name in order. */
    public List<ProcessDefinition> templates() {
        return jobs.values().stream()
                .filter(ProcessDefinition::template)
                .sorted(Comparator.comparing(ProcessDefinition::job))
                .toList();
    }
}
