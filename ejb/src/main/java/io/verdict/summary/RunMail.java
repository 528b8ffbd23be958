package io.verdict.summary;

import io.verdict.db.LinesConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The summary e-mail of an ended run, and what became of it: what the run page shows under "Summary e-mail". */
@Entity
@Table(name = "run_mail")
public class RunMail {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @Column(name = "run_id")
    private Long runId;

    @Convert(converter = LinesConverter.class)
    private List<String> recipients;

    @Enumerated(EnumType.STRING)
    private MailState state;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected RunMail() {}

    RunMail(long runId, List<String> recipients, Instant now) {
        this.runId = runId;
        this.recipients = List.copyOf(recipients);
        this.state = MailState.PENDING;
        this.nextAttemptAt = now;
    }

    /** Sent: to every recipient, or, with {@code note}, to some (the note names the others). */
    void sent(Instant now, String note) {
        state = MailState.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = note == null ? null : clip(note);
    }

    /**
     * The attempt this node claimed failed: try again after {@code delay}, or give up when that was the last attempt
     * allowed or the failure is permanent (a refused address).
     */
    void failed(String error, Instant now, Duration delay, int maxAttempts, boolean permanent) {
        lastError = clip(error);
        if (permanent || attempts >= maxAttempts) {
            state = MailState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(delay);
        }
    }

    private static String clip(String text) {
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }

    public long getRunId() {
        return runId;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
