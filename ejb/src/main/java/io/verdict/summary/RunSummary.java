package io.verdict.summary;

import io.verdict.result.KoReason;
import io.verdict.run.RunCounts;
import io.verdict.run.RunState;
import io.verdict.run.Trigger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a run's summary e-mail reports: the run, its counts, its KO records grouped by reason code, its times (shown in
 * UTC and in the display zone) and the address of its page. {@code startedAt} is null for a run stopped before it
 * began; {@code stoppedBy} null when nobody stopped it.
 */
public record RunSummary(
        String process,
        int number,
        RunState state,
        Trigger trigger,
        String runBy,
        boolean dryRun,
        String stoppedBy,
        RunCounts counts,
        List<KoReason> koReasons,
        Instant startedAt,
        Instant endedAt,
        ZoneId displayZone,
        String link) {

    public RunSummary {
        koReasons = List.copyOf(koReasons);
    }

    /** Whether there is something to attach: records that ended KO or ERROR. */
    public boolean hasFailures() {
        return counts.ko() + counts.error() > 0;
    }

    /** The name of the attached failures export, the same as the console's "Export failures" download. */
    public String failuresFileName() {
        return process + "-run-" + number + "-failures.xlsx";
    }
}
