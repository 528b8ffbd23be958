package io.verdict.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key that encrypts secrets, never kept in the database: {@code VERDICT_SECRET_KEY} (32 bytes in base64), or else
 * {@code secret.key} in the data directory, generated on first use and readable by the server's user only. Nodes of a
 * cluster must share one key: set {@code VERDICT_SECRET_KEY} on each.
 */
@ApplicationScoped
public class SecretKeys {

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());
    static final String KEY_FILE = "secret.key";

    @Inject
    @ConfigProperty(name = "verdict.secret.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "verdict.data.dir", defaultValue = "./data")
    String dataDir;

    private SecretCipher cipher;

    synchronized SecretCipher cipher() {
        if (cipher == null) {
            cipher = new SecretCipher(configuredKey
                    .filter(key -> !key.isBlank())
                    .map(key -> decode(key, "VERDICT_SECRET_KEY"))
                    .orElseGet(() -> keyFile(Path.of(dataDir, KEY_FILE))));
        }
        return cipher;
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The secret key file " + file + " cannot be read or made: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a new random key to a temporary file (owner-only where the file system has POSIX permissions) and links
     * it into place in one step, which fails rather than replace a key file: the key file is never seen empty, and
     * when another node or thread got there first, its key is kept.
     */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path directory = Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary;
        try {
            temporary = Files.createTempFile(
                    directory,
                    KEY_FILE,
                    ".new",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            temporary = Files.createTempFile(directory, KEY_FILE, ".new");
        }
        try {
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            Files.createLink(file, temporary);
            LOG.warning(() -> "Generated the secret key " + file.toAbsolutePath() + ": back it up with the database,"
                    + " or set VERDICT_SECRET_KEY; without it the stored secrets cannot be read.");
        } catch (FileAlreadyExistsException madeElsewhere) {
            // another thread or node made the key first: it is the one to use
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.strip());
            if (key.length == SecretCipher.KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, without the text, which may be a mistyped key
        }
        throw new IllegalStateException(source + " must hold " + SecretCipher.KEY_BYTES + " random bytes in base64,"
                + " e.g. from `openssl rand -base64 32`.");
    }
}
