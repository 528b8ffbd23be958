package io.verdict.batch.engine;

import io.verdict.run.ItemOutcome;
import jakarta.batch.runtime.context.StepContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of the current chunk, waiting to be written together: OK ones from the writer, KO and ERROR ones from
 * the skip listener. Also remembers how many attempts the record being processed has taken. Kept in the step's
 * transient user data, so each step (and partition) has its own.
 */
final class ChunkResults {

    private final List<ItemOutcome> outcomes = new ArrayList<>();
    private final Map<Long, Integer> attempts = new HashMap<>();
    private int drains;

    static ChunkResults of(StepContext step) {
        if (step.getTransientUserData() instanceof ChunkResults results) {
            return results;
        }
        ChunkResults results = new ChunkResults();
        step.setTransientUserData(results);
        return results;
    }

    void attempting(long itemId, int attempt) {
        attempts.put(itemId, attempt);
    }

    int attemptsOf(long itemId) {
        return attempts.getOrDefault(itemId, 1);
    }

    void add(ItemOutcome outcome) {
        outcomes.add(outcome);
    }

    /**
     * How many times the outcomes were drained: it changes when a chunk is written (or rolled back), so a reader that
     * sees it change knows that what it read before is written, or to be read again.
     */
    int drains() {
        return drains;
    }

    /** The outcomes gathered since the last drain, which are forgotten. */
    List<ItemOutcome> drain() {
        drains++;
        List<ItemOutcome> drained = List.copyOf(outcomes);
        outcomes.clear();
        attempts.clear();
        return drained;
    }
}
