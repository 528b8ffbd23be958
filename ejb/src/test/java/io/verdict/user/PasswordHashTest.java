package io.verdict.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void theRightPasswordMatchesItsHash() {
        String stored = PasswordHash.hash("s3cret-Pässword");

        assertThat(PasswordHash.matches("s3cret-Pässword", stored)).isTrue();
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        String stored = PasswordHash.hash("admin");

        assertThat(PasswordHash.matches("Admin", stored)).isFalse();
        assertThat(PasswordHash.matches("", stored)).isFalse();
    }

    @Test
    void thePasswordIsNeverStoredInClearAndEachHashIsSalted() {
        String first = PasswordHash.hash("viewer");
        String second = PasswordHash.hash("viewer");

        assertThat(first).doesNotContain("viewer").startsWith("pbkdf2-sha256$");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertThat(PasswordHash.matches("admin", "admin")).isFalse();
        assertThat(PasswordHash.matches("admin", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(PasswordHash.matches("admin", "md5$1$c2FsdA$aGFzaA")).isFalse();
    }
}
