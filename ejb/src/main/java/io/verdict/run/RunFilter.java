package io.verdict.run;

import java.time.Instant;
import java.util.Set;

/** Which runs to list; every part is optional (null or empty means any). */
public record RunFilter(String process, Set<RunState> states, Set<Trigger> triggers, Instant from, Instant to) {

    public RunFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        triggers = triggers == null ? Set.of() : Set.copyOf(triggers);
    }
}
