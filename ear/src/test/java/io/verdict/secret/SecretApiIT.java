package io.verdict.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.VerdictIT;
import io.verdict.audit.AuditAction;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Secrets: write-only through the API, used by the invoice-check handler as the portal's password, and never seen
 * again: not in any answer, the server log, an export, or the database in clear.
 */
class SecretApiIT extends VerdictIT {

    private static final String NAME = "portal-password";

    @Test
    void thePortalPasswordIsUsedByTheHandlerAndNeverShownAgain() throws IOException {
        Api admin = Api.as(url, "admin", "admin");
        Api operator = Api.as(url, "operator", "operator");
        Runs runs = new Runs(operator);
        Sandbox sandbox = new Sandbox(url);
        String password = "pw-" + UUID.randomUUID();
        String brokenLine = "line-" + UUID.randomUUID();
        try {
            Api.Response saved = save(admin, password);
            assertThat(saved.status()).as(saved.body()).isEqualTo(201);
            assertThat(saved.object().getString("scope")).isEqualTo("invoice-check");
            sandbox.invoice("SC-1", "PENDING")
                    .invoice("SC-2", "PENDING")
                    .invoice("SC-3", "PENDING")
                    .password(password);
            assertThat(admin.put(
                                    "api/v1/processes/invoice-check",
                                    "{\"settings\":{\"timeoutMs\":\"1000\",\"portalPasswordSecret\":\"" + NAME + "\"}}")
                            .status())
                    .isEqualTo(200);

            JsonObject accepted = runs.awaitEnded(
                    runs.startCsv("invoice-check", false, "SC-1,2026-11-02,10,12345678Z,Secret Customer")
                            .getInt("id"));

            assertThat(accepted.getInt("ok")).as("the portal took the password").isEqualTo(1);
            assertThat(save(admin, "wrong-" + password).status()).as("replaced").isEqualTo(200);
            long refusedId = runs.startCsv("invoice-check", false, "SC-2,2026-11-02,10,12345678Z,Secret Customer")
                    .getInt("id");
            runs.awaitEnded(refusedId);
            JsonObject refused = runs.itemsByKey(refusedId).get("SC-2");
            assertThat(refused.getString("result")).isEqualTo("ERROR");
            assertThat(refused.getString("reason")).contains("refused the password", "portalPasswordSecret");
            assertThat(save(admin, brokenLine + "\\nX-Injected: 1").status()).isEqualTo(200);
            long brokenId = runs.startCsv("invoice-check", false, "SC-3,2026-11-02,10,12345678Z,Secret Customer")
                    .getInt("id");
            runs.awaitEnded(brokenId);
            assertThat(runs.itemsByKey(brokenId).get("SC-3").getString("reason"))
                    .as("a value no HTTP header can carry is refused without quoting it")
                    .contains("cannot be sent to the portal", "portalPasswordSecret");

            List<String> everythingShown = List.of(
                    admin.get("api/v1/secrets").body(),
                    admin.get("api/v1/processes").body(),
                    admin.get("api/v1/audit?limit=1000").body(),
                    operator.get("api/v1/runs/" + accepted.getInt("id") + "/items")
                            .body(),
                    operator.get("api/v1/runs/" + refusedId + "/items").body(),
                    operator.get("api/v1/runs/" + brokenId + "/items").body(),
                    new String(operator.download("api/v1/runs/" + refusedId + "/export"), StandardCharsets.ISO_8859_1),
                    Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log")));
            assertThat(everythingShown).noneMatch(text -> text.contains(password) || text.contains(brokenLine));
            assertThat(admin.get("api/v1/audit?action=" + AuditAction.SECRET_CHANGED)
                            .body())
                    .contains(NAME, "\"user\":\"admin\"");
        } finally {
            sandbox.password(null);
            runs.configureInvoiceCheckForTests(admin);
            admin.delete("api/v1/secrets/" + NAME);
        }
    }

    /** On H2 the database is the server's files: the value is in none of them, though the secret's name is. */
    @Test
    @DisabledIfSystemProperty(
            named = "verdict.db",
            matches = "mariadb",
            disabledReason = "it reads the embedded database's files; on MariaDB the row itself is checked instead")
    void theEmbeddedDatabaseFilesHoldTheSecretsNameButNotItsValue() throws IOException {
        Api admin = Api.as(url, "admin", "admin");
        String value = "clear-" + UUID.randomUUID();
        String name = "h2-check-" + UUID.randomUUID();
        assertThat(admin.post("api/v1/secrets", "{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}")
                        .status())
                .isEqualTo(201);
        try {
            String files = dataFiles();
            assertThat(files).as("the scan reads what the database stored").contains(name);
            assertThat(files).doesNotContain(value);
        } finally {
            admin.delete("api/v1/secrets/" + name);
        }
    }

    /** On MariaDB, the secret's row holds its name and a ciphertext, not the value. */
    @Test
    @EnabledIfSystemProperty(named = "verdict.db", matches = "mariadb")
    void theSecretsRowHoldsItsNameButNotItsValue() {
        Api admin = Api.as(url, "admin", "admin");
        String value = "clear-" + UUID.randomUUID();
        assertThat(admin.post("api/v1/secrets", "{\"name\":\"row-check\",\"value\":\"" + value + "\"}")
                        .status())
                .isEqualTo(201);
        try {
            assertThat(ItDatabase.storedText(
                            "SELECT CONCAT_WS('|', name, scope, ciphertext, created_by) FROM secret WHERE name = ?",
                            "row-check"))
                    .startsWith("row-check|")
                    .contains("|v1:")
                    .doesNotContain(value);
        } finally {
            admin.delete("api/v1/secrets/row-check");
        }
    }

    @Test
    void badSecretsAreRefusedNamingTheFieldAndOnlyAdminsTouchSecrets() {
        Api admin = Api.as(url, "admin", "admin");
        int before = admin.get("api/v1/secrets").json().asJsonArray().size();

        assertRefused(admin, "{\"name\":\"<script>alert(1)</script>\",\"value\":\"x\"}", 400, "name:");
        assertRefused(admin, "{\"name\":\"=HYPERLINK(1)\",\"value\":\"x\"}", 400, "name:");
        assertRefused(admin, "{\"name\":\"empty\",\"value\":\"\"}", 400, "value:");
        assertRefused(admin, "{\"name\":\"number\",\"value\":42}", 400, "value must be a string");
        assertRefused(admin, "{\"name\":\"x\",\"scope\":\"no-such-process\",\"value\":\"v\"}", 400, "scope:");
        assertRefused(admin, "{\"name\":\"x\",\"scope\":\" \",\"value\":\"v\"}", 400, "scope: a process name");
        assertRefused(admin, "{\"name\":\"x\",\"value\":\"v\",\"colour\":1}", 400, "colour is not a secret field");
        assertRefused(admin, "{\"name\":\"x\",\"value\":\"" + "v".repeat(5000) + "\"}", 400, "value: at most");
        assertThat(admin.get("api/v1/secrets").json().asJsonArray()).hasSize(before);
        assertThat(admin.delete("api/v1/secrets/no-such-secret").status()).isEqualTo(404);
        Api operator = Api.as(url, "operator", "operator");
        assertThat(operator.get("api/v1/secrets").status()).isEqualTo(403);
        assertThat(operator.post("api/v1/secrets", "{\"name\":\"x\",\"value\":\"v\"}")
                        .status())
                .isEqualTo(403);
    }

    private static Api.Response save(Api admin, String value) {
        return admin.post(
                "api/v1/secrets",
                "{\"name\":\"" + NAME + "\",\"scope\":\"invoice-check\",\"value\":\"" + value + "\"}");
    }

    private static void assertRefused(Api admin, String body, int status, String detail) {
        Api.Response response = admin.post("api/v1/secrets", body);
        assertThat(response.status()).as(body).isEqualTo(status);
        assertThat(response.object().getString("detail")).as(body).startsWith(detail);
    }

    /** Every file of the server's data directory, read as Latin-1 so that any byte sequence can be searched. */
    private static String dataFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(System.getenv("VERDICT_DATA_DIR")))) {
            StringBuilder all = new StringBuilder();
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return all.toString();
        }
    }
}
