package io.verdict.schedule;

import io.verdict.db.LongText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line of a schedule's ledger: one due time and what became of it. {@code recordedAt} is when Verdict handled it: the
 * timer's firing for a FIRED line, the server's return for a MISSED one.
 */
@Entity
@Table(name = "schedule_firing")
public class LedgerLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "schedule_id")
    private long scheduleId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    private LedgerStatus status;

    @Column(name = "run_id")
    private Long runId;

    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected LedgerLine() {}

    LedgerLine(long scheduleId, Instant dueAt, LedgerStatus status, String reason, Instant recordedAt) {
        this.scheduleId = scheduleId;
        this.dueAt = dueAt;
        this.status = status;
        this.reason = LongText.clip(reason);
        this.recordedAt = recordedAt;
    }

    void ran(long runId) {
        this.runId = runId;
    }

    /** The firing created no run: says why, after what the line already says. */
    void noRun(String why) {
        this.reason = LongText.clip((reason == null ? "" : reason + " ") + "No run: " + why);
    }

    public Long getId() {
        return id;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public LedgerStatus getStatus() {
        return status;
    }

    public Long getRunId() {
        return runId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
