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
        String stored = cipher.encrypt("portal-password", "Ñoño & <S3cr3t>");

        assertThat(stored).startsWith("v1:").doesNotContain("S3cr3t").doesNotContain("Ñoño");
        assertThat(cipher.decrypt("portal-password", stored)).isEqualTo("Ñoño & <S3cr3t>");
    }

    @Test
    void theSameValueIsStoredDifferentlyEachTime() {
        assertThat(cipher.encrypt("a", "same")).isNotEqualTo(cipher.encrypt("a", "same"));
    }

    @Test
    void aValueMovedToAnotherSecretOrReadWithAnotherKeyDoesNotDecrypt() {
        String stored = cipher.encrypt("portal-password", "value");

        assertThatThrownBy(() -> cipher.decrypt("other-secret", stored))
                .hasMessageContaining("does not decrypt with this server's key");
        assertThatThrownBy(() -> new SecretCipher(OTHER_KEY).decrypt("portal-password", stored))
                .hasMessageContaining("does not decrypt with this server's key");
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).hasMessageContaining("must be 32 bytes");
    }
}
