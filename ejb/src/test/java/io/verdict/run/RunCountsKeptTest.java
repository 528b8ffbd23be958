package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run keeps its counts once it has ended, and takes new ones with each resolution. */
class RunCountsKeptTest {

    private final Run run = new Run(null, 1, Launch.by(Trigger.API), "operator", false, null, Instant.now());

    @Test
    void aRunThatHasNotEndedIsCountedWhenAsked() {
        run.received(List.of("InvoiceNumber"), 3);

        assertThat(run.counts()).isEmpty();
    }

    @Test
    void aRunEndsWithItsCountsAndIsUnresolvedWhileAFailureNeedsAttention() {
        run.received(List.of("InvoiceNumber"), 3);
        RunCounts counts = new RunCounts(3, 2, 1, 0, 0, 0, 1);

        run.ended(counts, Instant.now());

        assertThat(run.getState()).isEqualTo(RunState.UNRESOLVED);
        assertThat(run.counts()).contains(counts);
    }

    @Test
    void resolvingTheLastFailureCompletesTheRunWithItsNewCounts() {
        run.received(List.of("InvoiceNumber"), 3);
        run.ended(new RunCounts(3, 2, 1, 0, 0, 0, 1), Instant.now());
        RunCounts resolved = new RunCounts(3, 2, 1, 0, 0, 0, 0);

        run.settle(resolved);

        assertThat(run.getState()).isEqualTo(RunState.COMPLETED);
        assertThat(run.counts()).contains(resolved);
    }

    @Test
    void aResolutionWhileTheRunRunsLeavesItsCountingToTheEnd() {
        run.received(List.of("InvoiceNumber"), 3);

        run.settle(new RunCounts(3, 1, 1, 0, 1, 0, 0));

        assertThat(run.getState()).isEqualTo(RunState.PENDING);
        assertThat(run.counts()).isEmpty();
    }
}
