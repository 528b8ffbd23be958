package io.verdict.web.run;

import io.verdict.run.PendingPolicy;
import io.verdict.run.Run;
import io.verdict.run.RunCounts;
import io.verdict.run.RunRow;
import io.verdict.run.RunState;
import io.verdict.run.StopMode;
import io.verdict.run.Trigger;
import java.time.Instant;

/** A run as the API shows it: the public contract of README's {@code GET /api/v1/runs/{id}}. */
public record RunJson(
        long id,
        String process,
        int number,
        RunState state,
        Trigger trigger,
        String runBy,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        Long leadTimeMs,
        String robot,
        Long parentRunId,
        String pendingReason,
        int total,
        int ok,
        int ko,
        int error,
        int pending,
        int done,
        boolean dryRun,
        Stop stop) {

    /** How the run was stopped, when it was. */
    public record Stop(StopMode mode, PendingPolicy pending, String by) {}

    /** The run as it is now: its item counts and, when it is PENDING, what it waits for. */
    public static RunJson of(RunRow row) {
        Run run = row.run();
        RunCounts counts = row.counts();
        return new RunJson(
                run.getId(),
                run.getProcess().getName(),
                run.getNumber(),
                run.getState(),
                run.getTrigger(),
                run.getRunBy(),
                run.getCreatedAt(),
                run.getStartedAt(),
                run.getEndedAt(),
                run.getLeadTimeMs(),
                run.getRobot(),
                run.getParentRunId(),
                row.pendingReason(),
                run.getTotal(),
                counts.ok(),
                counts.ko(),
                counts.error(),
                counts.pending(),
                counts.done(),
                run.isDryRun(),
                run.getStopMode() == null
                        ? null
                        : new Stop(run.getStopMode(), run.getStopPending(), run.getStoppedBy()));
    }
}
