package io.verdict.run;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition's share of a run: the items with an id above {@code afterId}, up to {@code upToId} included. A run's
 * pending items are cut into ranges of nearly the same count, so its partitions finish at about the same time.
 */
public record ItemRange(long afterId, long upToId) {

    /** Every item of the run: a run in one partition. */
    public static final ItemRange ALL = new ItemRange(0, Long.MAX_VALUE);

    /**
     * How many pending items go to each range, so that {@code pending} items make at most {@code parts} ranges; the
     * last range may be the smaller.
     */
    static long share(long pending, int parts) {
        return Math.max(1, (pending + parts - 1) / parts);
    }

    /** The ranges between consecutive cuts: each cut is the last item id of a range; after the last, the rest. */
    static List<ItemRange> between(List<Long> cuts) {
        List<ItemRange> ranges = new ArrayList<>(cuts.size() + 1);
        long after = ALL.afterId();
        for (long cut : cuts) {
            ranges.add(new ItemRange(after, cut));
            after = cut;
        }
        ranges.add(new ItemRange(after, ALL.upToId()));
        return ranges;
    }
}
