package io.verdict.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at /openapi describes API v1: its calls, their parameters and how to authenticate. */
class OpenApiIT extends VerdictIT {

    @Test
    void theDocumentDescribesApiV1AndHowToAuthenticate() {
        Api.Response document = Api.anonymous(url).get("openapi?format=JSON");

        assertThat(document.status()).as(document.body()).isEqualTo(200);
        JsonObject openApi = document.object();
        assertThat(openApi.getString("openapi")).startsWith("3.");
        assertThat(openApi.getJsonObject("info").getString("title")).isEqualTo("Verdict API");
        JsonObject paths = openApi.getJsonObject("paths");
        assertThat(paths.keySet())
                .contains(
                        "/api/v1/processes/{name}/runs",
                        "/api/v1/runs",
                        "/api/v1/runs/{id}/export",
                        "/api/v1/runs/{id}/relaunch",
                        "/api/v1/items/{id}/resolution",
                        "/api/v1/schedules",
                        "/api/v1/tokens",
                        "/api/v1/secrets",
                        "/api/v1/audit",
                        "/api/v1/metrics");
        assertThat(paths.getJsonObject("/api/v1/runs")
                        .getJsonObject("get")
                        .getJsonArray("parameters")
                        .toString())
                .contains("\"process\"")
                .contains("\"state\"")
                .contains("\"after\"");
        assertThat(openApi.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .keySet())
                .containsExactlyInAnyOrder("basic", "bearer");
    }
}
