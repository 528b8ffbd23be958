package io.verdict.batch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBefore() {
        assertThat(Backoff.delayMs(500, 1)).isEqualTo(500);
        assertThat(Backoff.delayMs(500, 2)).isEqualTo(1000);
        assertThat(Backoff.delayMs(500, 3)).isEqualTo(2000);
    }

    @Test
    void theWaitIsCappedSoARunNeverStallsForHours() {
        assertThat(Backoff.delayMs(500, 10)).isEqualTo(Backoff.MAX_DELAY_MS);
        assertThat(Backoff.delayMs(60_000, 1)).isEqualTo(Backoff.MAX_DELAY_MS);
        assertThat(Backoff.delayMs(500, 1000)).isEqualTo(Backoff.MAX_DELAY_MS);
    }

    @Test
    void noBackoffMeansImmediateRetries() {
        assertThat(Backoff.delayMs(0, 3)).isZero();
    }
}
