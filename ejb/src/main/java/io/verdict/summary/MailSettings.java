package io.verdict.summary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How summary e-mails are retried while the SMTP server cannot take them ({@code VERDICT_MAIL_RETRY_SECONDS}, doubling
 * up to an hour, {@code VERDICT_MAIL_ATTEMPTS} in all) and the zone their times are also shown in
 * ({@code VERDICT_DISPLAY_ZONE}, else the server's).
 */
@ApplicationScoped
public class MailSettings {

    private static final Duration MAX_DELAY = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "verdict.mail.retry-seconds", defaultValue = "60")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "verdict.mail.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "verdict.display-zone")
    Optional<String> displayZoneId;

    private ZoneId displayZone;

    @PostConstruct
    void validate() {
        if (retrySeconds < 1) {
            throw new IllegalStateException(
                    "VERDICT_MAIL_RETRY_SECONDS is " + retrySeconds + ": it must be 1 or more.");
        }
        if (attempts < 1) {
            throw new IllegalStateException("VERDICT_MAIL_ATTEMPTS is " + attempts + ": it must be 1 or more.");
        }
        try {
            displayZone = displayZoneId.map(ZoneId::of).orElseGet(ZoneId::systemDefault);
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    "VERDICT_DISPLAY_ZONE is \"" + displayZoneId.orElseThrow() + "\": not a time zone such as"
                            + " Europe/Madrid.",
                    e);
        }
    }

    /** How long to wait after the n-th failed attempt: the retry delay, doubled at each attempt, at most an hour. */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration delay = Duration.ofSeconds(retrySeconds).multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public int attempts() {
        return attempts;
    }

    public ZoneId displayZone() {
        return displayZone;
    }
}
