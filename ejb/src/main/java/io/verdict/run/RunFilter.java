package io.verdict.run;

import io.verdict.db.SearchText;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which runs to list; every part is optional (null or empty means any). {@code text} finds a run by its number
 * ({@code 12} or {@code #12}) or by part of who ran it or of its robot's name, ignoring case.
 */
public record RunFilter(
        String process, Set<RunState> states, Set<Trigger> triggers, Instant from, Instant to, String text) {

    private static final Pattern RUN_NUMBER = Pattern.compile("#?(\\d{1,9})");

    public RunFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
        triggers = triggers == null ? Set.of() : Set.copyOf(triggers);
        text = SearchText.of(text);
    }

    /** The run number the text names, when it is one ({@code 12} or {@code #12}); null otherwise. */
    public Integer runNumber() {
        if (text == null) {
            return null;
        }
        var matcher = RUN_NUMBER.matcher(text);
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
