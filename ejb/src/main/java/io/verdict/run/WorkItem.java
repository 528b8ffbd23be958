package io.verdict.run;

import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One input record of a run and what became of it. Written in bulk by the batch job (see {@link WorkItemRows}); read
 * and resolved through JPA.
 */
@Entity
@Table(name = "work_item")
public class WorkItem {

    @Id
    private Long id;

    @Column(name = "run_id")
    private Long runId;

    private int seq;

    @Column(name = "business_key")
    private String key;

    @Enumerated(EnumType.STRING)
    private ItemState state;

    @Enumerated(EnumType.STRING)
    private Result result;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private ReasonCode reasonCode;

    private String reason;

    @Column(name = "suggested_action")
    private String suggestedAction;

    private int attempts;

    private String payload;

    private String output;

    @Column(name = "origin_item_id")
    private Long originItemId;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    @Column(name = "resolution_note")
    private String resolutionNote;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The external robot that leased the record last; null when the server worked it. */
    private String robot;

    protected WorkItem() {}

    /**
     * A KO or ERROR item, or one a stop closed as DONE unprocessed, that nobody has resolved yet: what makes a run
     * UNRESOLVED (a stopped run is never a success until a person has looked at what it did not do).
     */
    public boolean needsAttention() {
        boolean failedOrSkipped = (state == ItemState.FINISHED && result != Result.OK) || state == ItemState.DONE;
        return failedOrSkipped && resolution == null;
    }

    void resolve(Resolution resolution, String note, String user, Instant at) {
        this.resolution = resolution;
        this.resolutionNote = note;
        this.resolvedBy = user;
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    /** The external robot that worked the record (its last lease), or null when a server node did. */
    public String getRobot() {
        return robot;
    }

    public Long getRunId() {
        return runId;
    }

    public int getSeq() {
        return seq;
    }

    public String getKey() {
        return key;
    }

    public ItemState getState() {
        return state;
    }

    public Result getResult() {
        return result;
    }

    public ReasonCode getReasonCode() {
        return reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public String getSuggestedAction() {
        return suggestedAction;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getPayload() {
        return payload;
    }

    public String getOutput() {
        return output;
    }

    public Long getOriginItemId() {
        return originItemId;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
