package io.verdict.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secret values with AES-256-GCM: a fresh 96-bit nonce for every value, and the secret's name and scope as
 * associated data, so a value copied into another secret's row, or a scope widened in the database, does not decrypt.
 * Stored as {@code v1:} and base64 of nonce and ciphertext with its tag.
 */
final class SecretCipher {

    static final int KEY_BYTES = 32;
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    SecretCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The secret key must be " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    String encrypt(String name, String scope, String value) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed =
                    cipher(Cipher.ENCRYPT_MODE, name, scope, nonce).doFinal(value.getBytes(StandardCharsets.UTF_8));
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    String decrypt(String name, String scope, String stored) {
        byte[] bytes = decoded(name, stored);
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
        try {
            byte[] value = cipher(Cipher.DECRYPT_MODE, name, scope, nonce)
                    .doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(value, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw unreadable(name);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] decoded(String name, String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw unreadable(name);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            if (bytes.length >= NONCE_BYTES + TAG_BITS / 8) {
                return bytes;
            }
        } catch (IllegalArgumentException notBase64) {
            // the same answer as a wrong key: the row is not what this server wrote
        }
        throw unreadable(name);
    }

    private static IllegalStateException unreadable(String name) {
        return new IllegalStateException("Secret " + name + " does not decrypt with this server's key: it was saved"
                + " with another VERDICT_SECRET_KEY or secret.key file, or its row was changed. Save it again.");
    }

    private Cipher cipher(int mode, String name, String scope, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((name + '\u0000' + (scope == null ? "" : scope)).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
