package io.verdict.emailtrigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailRepliesTest {

    @Test
    void aPersonsMessageGetsAReply() {
        assertThat(MailReplies.isAutomatic(null, null, "ana@example.com")).isFalse();
        assertThat(MailReplies.isAutomatic("no", null, "ana@example.com")).isFalse();
    }

    @Test
    void autoRepliesBouncesAndListsGetNone() {
        assertThat(MailReplies.isAutomatic("auto-replied", null, "ana@example.com"))
                .isTrue();
        assertThat(MailReplies.isAutomatic(null, " Bulk ", "news@example.com")).isTrue();
        assertThat(MailReplies.isAutomatic(null, "list", "team@example.com")).isTrue();
        assertThat(MailReplies.isAutomatic(null, null, "MAILER-DAEMON@example.com"))
                .isTrue();
        assertThat(MailReplies.isAutomatic(null, null, "postmaster@example.com"))
                .isTrue();
    }
}
