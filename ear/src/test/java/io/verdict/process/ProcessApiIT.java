package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/processes}: every job XML of batch-jobs is a process, with its settings. */
class ProcessApiIT extends VerdictIT {

    @Test
    void listsTheShippedProcessesWithTheirSettings() {
        Api.Response response = Api.as(url, "viewer", "viewer").get("api/v1/processes");

        assertThat(response.status()).isEqualTo(200);
        List<JsonObject> processes = response.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(processes).extracting(p -> p.getString("name")).containsExactly("http-per-record", "invoice-check");
        JsonObject invoiceCheck = processes.get(1);
        assertThat(invoiceCheck.getString("description")).contains("Spanish tax id");
        assertThat(invoiceCheck.getBoolean("concurrentRuns")).isFalse();
        assertThat(invoiceCheck.get("robot")).as("any robot").isEqualTo(JsonValue.NULL);
        assertThat(invoiceCheck.get("minRobotVersion")).isEqualTo(JsonValue.NULL);
        assertThat(invoiceCheck.getJsonArray("recipients")).isEmpty();
        assertThat(invoiceCheck.getJsonObject("settings").keySet()).contains("portalUrl", "timeoutMs");
        assertThat(processes.get(0).getJsonObject("settings").keySet())
                .contains("url", "method", "body", "koStatuses", "timeoutMs");
    }
}
