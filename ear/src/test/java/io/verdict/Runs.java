package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Starting runs through the API and waiting for them, as a script would. */
public final class Runs {

    public static final String INVOICE_HEADER = "InvoiceNumber,Date,Amount,CustomerTaxId,CustomerName";

    private final Api api;

    public Runs(Api api) {
        this.api = api;
    }

    /** Starts an invoice-check run from CSV lines (without header) and returns the created run. */
    public JsonObject startCsv(String process, boolean dryRun, String... lines) {
        return startCsvWithHeader(process, dryRun, INVOICE_HEADER, lines);
    }

    /** Starts a run from a CSV header and lines and returns the created run. */
    public JsonObject startCsvWithHeader(String process, boolean dryRun, String header, String... lines) {
        String csv = header + "\n" + String.join("\n", lines) + "\n";
        Api.Response created = api.post(
                "api/v1/processes/" + process + "/runs?dryRun=" + dryRun,
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object();
    }

    public JsonObject run(long id) {
        Api.Response run = api.get("api/v1/runs/" + id);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.object();
    }

    /** Waits until the run has ended (COMPLETED or UNRESOLVED) and returns it. */
    public JsonObject awaitEnded(long id) {
        return awaitState(id, "COMPLETED", "UNRESOLVED");
    }

    public JsonObject awaitState(long id, String... states) {
        List<String> wanted = List.of(states);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> wanted.contains(run(id).getString("state")));
        return run(id);
    }

    /** The run's items by business key. */
    public Map<String, JsonObject> itemsByKey(long runId) {
        return items(runId, "").stream()
                .collect(Collectors.toMap(item -> item.getString("key"), item -> item, (first, second) -> first));
    }

    /** Runs matching the query, e.g. {@code process=invoice-check&limit=200}, newest first. */
    public List<JsonObject> list(String query) {
        Api.Response runs = api.get("api/v1/runs?" + query);
        assertThat(runs.status()).as(runs.body()).isEqualTo(200);
        return runs.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    public List<JsonObject> items(long runId, String query) {
        Api.Response items = api.get("api/v1/runs/" + runId + "/items?limit=1000" + query);
        assertThat(items.status()).as(items.body()).isEqualTo(200);
        return items.json().asJsonArray().getValuesAs(JsonObject.class);
    }

    /** Makes retries quick and timeouts short for the tests; any robot runs it, one run at a time, sequentially. */
    public void configureInvoiceCheckForTests(Api admin) {
        Api.Response changed = admin.put(
                "api/v1/processes/invoice-check",
                "{\"maxAttempts\":3,\"backoffMs\":20,\"chunkSize\":10,\"partitions\":1,\"settings\":{\"timeoutMs\":\"1000\"},"
                        + "\"robot\":null,\"minRobotVersion\":null,\"concurrentRuns\":false}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }
}
