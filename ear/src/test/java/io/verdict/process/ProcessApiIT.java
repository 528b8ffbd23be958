package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/processes}: every job XML of batch-jobs is a shipped process, with its settings. */
class ProcessApiIT extends VerdictIT {

    @Test
    void listsTheShippedProcessesWithTheirSettings() {
        Api.Response response = Api.as(url, "viewer", "viewer").get("api/v1/processes");

        assertThat(response.status()).isEqualTo(200);
        Map<String, JsonObject> processes = response.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("name"), p -> p));
        assertThat(processes).containsKeys("http-per-record", "invoice-check");
        JsonObject invoiceCheck = processes.get("invoice-check");
        assertThat(invoiceCheck.get("template")).as("shipped, not declared").isEqualTo(JsonValue.NULL);
        assertThat(invoiceCheck.getString("keyColumn")).isEqualTo("InvoiceNumber");
        assertThat(invoiceCheck.getBoolean("active")).isTrue();
        assertThat(invoiceCheck.getString("description")).contains("Spanish tax id");
        assertThat(invoiceCheck.getBoolean("concurrentRuns")).isFalse();
        assertThat(invoiceCheck.get("robot")).as("any robot").isEqualTo(JsonValue.NULL);
        assertThat(invoiceCheck.get("minRobotVersion")).isEqualTo(JsonValue.NULL);
        assertThat(invoiceCheck.getJsonArray("recipients")).isEmpty();
        assertThat(invoiceCheck.getJsonObject("settings").keySet()).contains("portalUrl", "timeoutMs");
        assertThat(invoiceCheck.getJsonObject("settings").keySet())
                .as("only what an administrator may change")
                .doesNotContain("description", "columns", "keyColumn", "handler");
        assertThat(processes.get("http-per-record").getJsonObject("settings").keySet())
                .contains("url", "method", "body", "koStatuses", "timeoutMs")
                .doesNotContain("template");
    }
}
