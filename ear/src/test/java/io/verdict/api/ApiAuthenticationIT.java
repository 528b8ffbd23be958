package io.verdict.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Who may call the API: nobody anonymously, every demo user with the right password. */
class ApiAuthenticationIT extends VerdictIT {

    @Test
    void anAnonymousCallGets401WithAJsonErrorAndABasicChallenge() {
        Api.Response response = Api.anonymous(url).get("api/v1/processes");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic realm=\"Verdict\"");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonObject error = response.json().asJsonObject();
        assertThat(error.getString("error")).isEqualTo("Unauthorized");
        assertThat(error.getString("detail")).contains("HTTP Basic");
    }

    @Test
    void eachDemoUserMayRead() {
        for (String user : new String[] {"viewer", "operator", "admin"}) {
            assertThat(Api.as(url, user, user).get("api/v1/processes").status())
                    .as("GET /processes as %s", user)
                    .isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordGets401AndSaysSo() {
        Api.Response response = Api.as(url, "viewer", "not-the-password").get("api/v1/processes");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().asJsonObject().getString("detail")).isEqualTo("Wrong user name or password.");
    }

    @Test
    void anUnknownUserGets401() {
        assertThat(Api.as(url, "ghost", "ghost").get("api/v1/processes").status())
                .isEqualTo(401);
    }

    @Test
    void malformedOrUnsupportedCredentialsGet401WithTheReason() {
        Api.Response garbage = Api.withAuthorization(url, "Basic %%%").get("api/v1/processes");
        Api.Response digest =
                Api.withAuthorization(url, "Digest username=\"viewer\"").get("api/v1/processes");

        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.json().asJsonObject().getString("detail")).contains("Malformed");
        assertThat(digest.status()).isEqualTo(401);
        assertThat(digest.json().asJsonObject().getString("detail")).contains("Unsupported");
    }

    @Test
    void anUnknownPathIsAJson404() {
        Api.Response response = Api.as(url, "viewer", "viewer").get("api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().asJsonObject().getString("error")).isEqualTo("Not Found");
    }
}
