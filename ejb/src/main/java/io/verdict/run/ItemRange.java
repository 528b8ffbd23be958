package io.verdict.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition's share of a run: the items with an id above {@code afterId}, up to {@code upToId} included. A run's
 * pending items are cut into ranges whose counts differ by one at most, so its partitions finish at about the same time.
 */
public record ItemRange(long afterId, long upToId) {

    /** Every item of the run: a run in one partition. */
    public static final ItemRange ALL = new ItemRange(0, Long.MAX_VALUE);

    /**
     * The ranges that end at these item ids, in order, the last one open: whatever comes after the one before it. No
     * ids (nothing pending) make one range, the whole run.
     */
    static List<ItemRange> endingAt(List<Long> lastIds) {
        List<ItemRange> ranges = new ArrayList<>(lastIds.size());
        long after = ALL.afterId();
        for (long last : lastIds.subList(0, Math.max(0, lastIds.size() - 1))) {
            ranges.add(new ItemRange(after, last));
            after = last;
        }
        ranges.add(new ItemRange(after, ALL.upToId()));
        return ranges;
    }
}
