package io.verdict.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.VerdictIT;
import io.verdict.audit.AuditAction;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** API tokens: made by an admin and shown once, used as a bearer, listed with their last use, deleted at once. */
class TokenApiIT extends VerdictIT {

    @AfterEach
    void deleteTokens() {
        Api admin = Api.as(url, "admin", "admin");
        admin.get("api/v1/tokens")
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .forEach(token -> admin.delete("api/v1/tokens/" + token.getInt("id")));
    }

    @Test
    void aTokenActsWithItsRoleUntilItIsDeletedAndThenGets401() {
        Api admin = Api.as(url, "admin", "admin");
        Api.Response made = admin.post("api/v1/tokens", "{\"name\":\"CI-Pipeline\",\"role\":\"operator\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonObject token = made.object();
        String secret = token.getString("token");
        assertThat(secret).matches("vdt_[A-Za-z0-9_-]{43}");
        assertThat(token.getString("name")).as("names do not depend on case").isEqualTo("ci-pipeline");
        assertThat(token.getString("role")).isEqualTo("operator");
        assertThat(token.getString("createdBy")).isEqualTo("admin");
        assertThat(token.isNull("lastUsedAt")).isTrue();
        Api bearer = Api.withAuthorization(url, "Bearer " + secret);
        Runs runs = new Runs(bearer);

        JsonObject run = runs.startCsv("invoice-check", true, "TK-1,2026-11-02,10,12345678Z,Token Customer");

        assertThat(run.getString("runBy")).isEqualTo("token:ci-pipeline");
        runs.awaitEnded(run.getInt("id"));
        Api.Response listed = admin.get("api/v1/tokens");
        assertThat(listed.body()).as("the token is shown once, never again").doesNotContain(secret);
        JsonObject shown = listed.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("name").equals("ci-pipeline"))
                .findFirst()
                .orElseThrow();
        assertThat(shown.isNull("lastUsedAt")).as("its last use is shown").isFalse();
        assertThat(shown.isNull("token")).isTrue();
        assertThat(admin.get("api/v1/audit?user=token:ci-pipeline&action=" + AuditAction.RUN_STARTED)
                        .body())
                .contains("of invoice-check (id " + run.getInt("id") + ")");
        assertThat(admin.post("api/v1/tokens", "{\"name\":\"ci-PIPELINE\",\"role\":\"admin\"}")
                        .status())
                .as("the same name in other letters")
                .isEqualTo(409);

        assertThat(admin.delete("api/v1/tokens/" + token.getInt("id")).status()).isEqualTo(204);

        Api.Response refused = bearer.get("api/v1/runs");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.object().getString("detail")).isEqualTo("Unknown or deleted token.");
        assertThat(admin.get("api/v1/audit?action=" + AuditAction.TOKEN_DELETED + "&q=ci-pipeline")
                        .body())
                .contains("\"user\":\"admin\"");
    }

    @Test
    void aViewerTokenReadsButMayNotStartARunAndNobodyButAnAdminMakesTokens() {
        Api viewer = Api.withAuthorization(url, "Bearer " + made("dashboard-reader", "viewer"));

        assertThat(viewer.get("api/v1/runs").status()).isEqualTo(200);
        assertThat(viewer.post("api/v1/processes/invoice-check/runs", "{\"items\":[{\"InvoiceNumber\":\"V-1\"}]}")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("api/v1/tokens", "{\"name\":\"escalate\",\"role\":\"admin\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(url, "operator", "operator")
                        .post("api/v1/tokens", "{\"name\":\"escalate\",\"role\":\"admin\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.withAuthorization(url, "Bearer vdt_not-a-token")
                        .get("api/v1/runs")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badTokenRequestsAreRefusedNamingTheFieldAndCreateNothing() {
        Api admin = Api.as(url, "admin", "admin");

        assertRefused(admin, "{\"name\":\"<script>alert(1)</script>\",\"role\":\"operator\"}", 400, "name:");
        assertRefused(admin, "{\"name\":\"=HYPERLINK(1)\",\"role\":\"operator\"}", 400, "name:");
        assertRefused(admin, "{\"name\":\"no-role\"}", 400, "role:");
        assertRefused(admin, "{\"name\":\"root\",\"role\":\"root\"}", 400, "role: \"root\"");
        assertRefused(admin, "{\"name\":\"x\",\"role\":\"viewer\",\"colour\":1}", 400, "colour is not a token field");
        assertRefused(admin, "{\"name\":", 400, "The body is not the JSON this call expects");
        assertThat(admin.get("api/v1/tokens").json().asJsonArray()).isEmpty();
        assertThat(admin.delete("api/v1/tokens/999999").status()).isEqualTo(404);
    }

    /** MariaDB only: the embedded database lives inside the server's JVM, out of the tests' reach. */
    @Test
    @EnabledIfSystemProperty(named = "verdict.db", matches = "mariadb")
    void theDatabaseKeepsOnlyTheTokensSha256() {
        String secret = made("hash-check", "viewer");

        assertThat(ItDatabase.storedText(
                        "SELECT CONCAT_WS('|', id, name, role, token_hash, created_by) FROM api_token WHERE name = ?",
                        "hash-check"))
                .contains(TokenSecret.hash(secret))
                .doesNotContain(secret.substring(TokenSecret.PREFIX.length()));
    }

    /** Makes a token and returns its secret text. */
    private String made(String name, String role) {
        Api.Response made = Api.as(url, "admin", "admin")
                .post("api/v1/tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.object().getString("token");
    }

    private static void assertRefused(Api admin, String body, int status, String detail) {
        Api.Response response = admin.post("api/v1/tokens", body);
        assertThat(response.status()).as(body).isEqualTo(status);
        assertThat(response.object().getString("detail")).as(body).startsWith(detail);
    }
}
