package io.verdict.web.schedule;

import io.verdict.schedule.FiringStatus;
import io.verdict.schedule.ScheduleFiring;
import java.time.Instant;

/**
 * A ledger line as the API shows it: DESIGN.md's {@code dueAt, status, runId, reason}, plus its {@code id} (for
 * paging) and {@code recordedAt}, when Verdict handled the due time: for a FIRED line, when its timer fired.
 */
public record FiringJson(long id, Instant dueAt, FiringStatus status, Long runId, String reason, Instant recordedAt) {

    public static FiringJson of(ScheduleFiring firing) {
        return new FiringJson(
                firing.getId(),
                firing.getDueAt(),
                firing.getStatus(),
                firing.getRunId(),
                firing.getReason(),
                firing.getRecordedAt());
    }
}
