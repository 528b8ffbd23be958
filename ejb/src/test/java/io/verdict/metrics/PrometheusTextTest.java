package io.verdict.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void samplesFollowTheirHelpAndTypeWithLabelValuesEscaped() {
        String text = new PrometheusText()
                .metric("verdict_runs_pending", "gauge", "Runs waiting.")
                .sample("verdict_runs_pending", 3, "process", "say \"hi\"\\\nnow")
                .sample("verdict_runs_pending", 0.25)
                .toString();

        assertThat(text)
                .isEqualTo("# HELP verdict_runs_pending Runs waiting.\n"
                        + "# TYPE verdict_runs_pending gauge\n"
                        + "verdict_runs_pending{process=\"say \\\"hi\\\"\\\\\\nnow\"} 3\n"
                        + "verdict_runs_pending 0.25\n");
    }

    @Test
    void aDurationCountsInItsBucketAndEveryLargerOne() {
        DurationHistogram histogram = new DurationHistogram();
        histogram.observe(Duration.ofSeconds(3));
        histogram.observe(Duration.ofMinutes(20));

        assertThat(histogram.cumulativeCount(0)).as("≤ 1 s").isZero();
        assertThat(histogram.cumulativeCount(1)).as("≤ 5 s").isEqualTo(1);
        assertThat(histogram.cumulativeCount(5)).as("≤ 15 min").isEqualTo(1);
        assertThat(histogram.cumulativeCount(6)).as("≤ 1 h").isEqualTo(2);
        assertThat(histogram.count()).isEqualTo(2);
        assertThat(histogram.sum()).isEqualTo(1203.0);
    }
}
