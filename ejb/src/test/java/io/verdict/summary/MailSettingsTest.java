package io.verdict.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings settings(int retrySeconds, String zone) {
        MailSettings settings = new MailSettings();
        settings.retrySeconds = retrySeconds;
        settings.attempts = 10;
        settings.displayZoneId = Optional.ofNullable(zone);
        settings.validate();
        return settings;
    }

    @Test
    void theDelayDoublesAfterEachFailedAttemptUpToAnHour() {
        MailSettings settings = settings(60, null);

        assertThat(settings.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(settings.delayAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anUnknownZoneOrNoDelayIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> settings(60, "Mars/Olympus"))
                .hasMessageContaining("VERDICT_DISPLAY_ZONE")
                .hasMessageContaining("Mars/Olympus");
        assertThatThrownBy(() -> settings(0, null)).hasMessageContaining("VERDICT_MAIL_RETRY_SECONDS");
    }
}
