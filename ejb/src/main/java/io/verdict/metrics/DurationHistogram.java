package io.verdict.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/** How long runs took, in cumulative buckets from a second to four hours, as Prometheus histograms are. */
final class DurationHistogram {

    static final double[] BUCKETS_SECONDS = {1, 5, 15, 60, 300, 900, 3_600, 14_400, Double.POSITIVE_INFINITY};

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS_SECONDS.length);
    private final DoubleAdder sum = new DoubleAdder();

    void observe(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        sum.add(seconds);
        for (int i = 0; i < BUCKETS_SECONDS.length; i++) {
            if (seconds <= BUCKETS_SECONDS[i]) {
                counts.incrementAndGet(i);
            }
        }
    }

    /** How many runs took at most the bucket's seconds. */
    long cumulativeCount(int bucket) {
        return counts.get(bucket);
    }

    long count() {
        return counts.get(BUCKETS_SECONDS.length - 1);
    }

    double sum() {
        return sum.sum();
    }
}
