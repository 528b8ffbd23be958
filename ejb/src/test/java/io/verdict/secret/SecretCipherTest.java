package io.verdict.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private static final byte[] KEY = new byte[SecretCipher.KEY_BYTES];
    private static final byte[] OTHER_KEY = new byte[SecretCipher.KEY_BYTES];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 9);
    }

    private final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void aValueComesBackAsItWasAndIsNeverStoredInClear() {
        String stored = cipher.encrypt("portal-password", "invoice-check", "Ñoño & <S3cr3t>");

        assertThat(stored).startsWith("v1:").doesNotContain("S3cr3t").doesNotContain("Ñoño");
        assertThat(cipher.decrypt("portal-password", "invoice-check", stored)).isEqualTo("Ñoño & <S3cr3t>");
    }

    @Test
    void theSameValueIsStoredDifferentlyEachTime() {
        assertThat(cipher.encrypt("a", null, "same")).isNotEqualTo(cipher.encrypt("a", null, "same"));
    }

    @Test
    void aValueMovedToAnotherSecretWidenedToEveryProcessOrReadWithAnotherKeyDoesNotDecrypt() {
        String stored = cipher.encrypt("portal-password", "invoice-check", "value");

        assertThatThrownBy(() -> cipher.decrypt("other-secret", "invoice-check", stored))
                .hasMessageContaining("does not decrypt with this server's key");
        assertThatThrownBy(() -> cipher.decrypt("portal-password", null, stored))
                .as("a scope set to every process in the database")
                .hasMessageContaining("does not decrypt with this server's key");
        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY).decrypt("portal-password", "invoice-check", stored))
                .hasMessageContaining("does not decrypt with this server's key");
    }

    @Test
    void aGarbledRowIsReportedLikeAWrongKeyAndNeverEchoed() {
        for (String garbled : new String[] {"v1:", "v1:AAAA", "v1:not base64!", "plain text", null}) {
            assertThatThrownBy(() -> cipher.decrypt("portal-password", null, garbled))
                    .as(String.valueOf(garbled))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("does not decrypt with this server's key")
                    .hasMessageNotContaining("base64");
        }
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).hasMessageContaining("must be 32 bytes");
    }
}
