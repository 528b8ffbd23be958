package io.verdict.emailtrigger;

import io.verdict.process.Process;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message taken from a watched folder, by its IMAP identity, and what it became: a run, or a refusal. Its key makes
 * each message count once.
 */
@Entity
@Table(name = "mail_trigger")
public class MailTrigger {

    private static final int MAX_SUBJECT = 500, MAX_REFUSAL = 2000;

    @Id
    @Column(name = "message_key")
    private String messageKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private Process process;

    private String sender;

    private String subject;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "run_id")
    private Long runId;

    private String refusal;

    protected MailTrigger() {}

    MailTrigger(String messageKey, Process process, String sender, String subject, Instant receivedAt) {
        this.messageKey = messageKey;
        this.process = process;
        this.sender = sender;
        this.subject = clip(subject, MAX_SUBJECT);
        this.receivedAt = receivedAt;
    }

    void ran(long runId) {
        this.runId = runId;
    }

    void refused(String why) {
        this.refusal = clip(why, MAX_REFUSAL);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
