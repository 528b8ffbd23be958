package io.verdict.emailtrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailboxSettingsTest {

    private static MailboxSettings settings(String host, String allowedSenders) {
        MailboxSettings settings = new MailboxSettings();
        settings.host = Optional.ofNullable(host);
        settings.port = Optional.empty();
        settings.user = Optional.of("robot@example.com");
        settings.password = Optional.of("secret");
        settings.ssl = true;
        settings.pollSeconds = 60;
        settings.allowedSenders = Optional.ofNullable(allowedSenders);
        settings.validate();
        return settings;
    }

    @Test
    void aMailboxWithoutAllowedSendersIsRefusedBecauseAnyoneCanSendMail() {
        assertThatThrownBy(() -> settings("imap.example.com", null))
                .hasMessageContaining("VERDICT_IMAP_ALLOWED_SENDERS");
        assertThatThrownBy(() -> settings("imap.example.com", " , ")).hasMessageContaining("anyone can send mail");
    }

    @Test
    void addressesAndDomainsAreAllowedIgnoringCase() {
        MailboxSettings settings = settings("imap.example.com", " @Example.com , robot@partner.test ");

        assertThat(settings.allows("ana@example.com")).isTrue();
        assertThat(settings.allows("ANA@EXAMPLE.COM")).isTrue();
        assertThat(settings.allows("robot@partner.test")).isTrue();
        assertThat(settings.allows("other@partner.test")).isFalse();
        assertThat(settings.allows("ana@example.com.evil.test")).isFalse();
    }

    @Test
    void theStoreIsImapsOnPort993WithTimeoutsByDefault() {
        var properties = settings("imap.example.com", "@example.com").sessionProperties();

        assertThat(properties.getProperty("mail.store.protocol")).isEqualTo("imaps");
        assertThat(properties.getProperty("mail.imaps.port")).isEqualTo("993");
        assertThat(properties.getProperty("mail.imaps.timeout")).isNotBlank();
    }

    @Test
    void withoutAHostTheTriggerIsOffAndAHostWithoutAccountStopsTheServer() {
        assertThat(settings(null, null).isConfigured()).isFalse();
        MailboxSettings settings = new MailboxSettings();
        settings.host = Optional.of("imap.example.com");
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.pollSeconds = 60;
        settings.allowedSenders = Optional.empty();
        assertThatThrownBy(settings::validate).hasMessageContaining("VERDICT_IMAP_USER");
    }
}
