package io.verdict.web.schedule;

import io.verdict.schedule.LedgerLine;
import io.verdict.schedule.LedgerStatus;
import java.time.Instant;

/**
 * A ledger line as the API shows it, a public contract: {@code dueAt, status, runId, reason}, plus its {@code id} (for
 * paging) and {@code recordedAt}, when Verdict handled the due time: for a FIRED line, when its timer fired.
 */
public record LedgerLineJson(
        long id, Instant dueAt, LedgerStatus status, Long runId, String reason, Instant recordedAt) {

    public static LedgerLineJson of(LedgerLine firing) {
        return new LedgerLineJson(
                firing.getId(),
                firing.getDueAt(),
                firing.getStatus(),
                firing.getRunId(),
                firing.getReason(),
                firing.getRecordedAt());
    }
}
