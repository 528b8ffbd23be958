package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code http-per-record}, configured (not coded) to submit invoices on the sandbox portal: 2xx OK, 409 KO with the
 * endpoint's message, 5xx ERROR after retries, an unexpected status ERROR INTERFACE, a missing placeholder value KO.
 */
class HttpPerRecordIT extends VerdictIT {

    @Test
    void eachResponseBecomesTheResultItMeans() {
        Api admin = Api.as(url, "admin", "admin");
        Api.Response configured = admin.put(
                "api/v1/processes/http-per-record",
                "{\"maxAttempts\":2,\"backoffMs\":10,\"settings\":{\"url\":\"" + url
                        + "sandbox/api/invoices/{{Invoice}}/submission\",\"method\":\"POST\",\"timeoutMs\":\"2000\"}}");
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        Sandbox sandbox = new Sandbox(url)
                .invoice("H-OK", "PENDING")
                .invoice("H-PAID", "PAID")
                .invoice("H-DOWN", "PENDING")
                .fault("H-DOWN", "HTTP_503", 2);
        Runs runs = new Runs(Api.as(url, "operator", "operator"));

        JsonObject run = runs.awaitEnded(runs.startCsvWithHeader(
                        "http-per-record",
                        false,
                        "Invoice,Note",
                        "H-OK,fine",
                        "H-PAID,refused",
                        "H-DOWN,portal down",
                        "H-UNKNOWN,no such invoice",
                        ",no invoice")
                .getInt("id"));

        Map<String, JsonObject> byNote = new HashMap<>();
        runs.items(run.getInt("id"), "")
                .forEach(item -> byNote.put(item.getJsonObject("payload").getString("Note"), item));
        assertThat(byNote.get("fine").getString("result")).isEqualTo("OK");
        assertThat(byNote.get("fine").getString("output")).contains("confirmation");
        assertThat(byNote.get("refused").getString("result")).isEqualTo("KO");
        assertThat(byNote.get("refused").getString("reason"))
                .contains("HTTP 409")
                .contains("Invoice H-PAID is PAID.");
        assertThat(byNote.get("portal down").getString("reasonCode")).isEqualTo("AVAILABILITY");
        assertThat(byNote.get("portal down").getInt("attempts")).isEqualTo(2);
        assertThat(byNote.get("no such invoice").getString("reasonCode")).isEqualTo("INTERFACE");
        assertThat(byNote.get("no invoice").getString("reasonCode")).isEqualTo("MISSING_DATA");
        assertThat(sandbox.status("H-OK")).isEqualTo("SUBMITTED");
    }

    @Test
    void aSettingTheProcessDoesNotHaveIsRefusedByName() {
        Api.Response refused = Api.as(url, "admin", "admin")
                .put("api/v1/processes/http-per-record", "{\"settings\":{\"urll\":\"http://localhost/\"}}");
        Api.Response operator = Api.as(url, "operator", "operator").put("api/v1/processes/http-per-record", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("urll").contains("url");
        assertThat(operator.status()).as("only admins change processes").isEqualTo(403);
    }
}
