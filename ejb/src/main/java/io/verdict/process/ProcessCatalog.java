package io.verdict.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The deployed processes' definitions, read from their job XMLs at start-up by {@link ProcessRegistry}. */
@ApplicationScoped
public class ProcessCatalog {

    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    void add(ProcessDefinition definition) {
        definitions.put(definition.name(), definition);
    }

    /** The deployed processes' names, in order. */
    public Set<String> names() {
        return new TreeSet<>(definitions.keySet());
    }

    public Optional<ProcessDefinition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }
}
