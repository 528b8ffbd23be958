package io.verdict.web.summary;

import io.verdict.summary.MailState;
import io.verdict.summary.RunMail;
import java.time.Instant;
import java.util.List;

/**
 * A run's summary e-mail as {@code GET /runs/{id}/mail} shows it: who it goes to, whether it was sent, and while the
 * SMTP server refuses it, the last error and the time of the next attempt.
 */
public record MailJson(
        MailState state,
        List<String> recipients,
        int attempts,
        Instant sentAt,
        Instant nextAttemptAt,
        String lastError) {

    public static MailJson of(RunMail mail) {
        return new MailJson(
                mail.getState(),
                mail.getRecipients(),
                mail.getAttempts(),
                mail.getSentAt(),
                mail.getNextAttemptAt(),
                mail.getLastError());
    }
}
