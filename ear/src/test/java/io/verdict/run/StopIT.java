package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stopping a long run: finish the current chunk or terminate at once; the rest failed or done; never a success. */
class StopIT extends InvoiceRunIT {

    @AfterEach
    void fastPortal() {
        sandbox.latency(0);
    }

    @Test
    void finishLetsTheChunkCompleteAndTheUnreachedRecordsEndFailed() {
        JsonObject run = startLongRun("FIN", 80, 60);

        JsonObject stopping = stop(run, "FINISH", "FAILED");
        JsonObject ended = runs.awaitEnded(run.getInt("id"));

        assertThat(stopping.getString("state")).isEqualTo("STOPPING");
        assertThat(ended.getString("state")).isEqualTo("UNRESOLVED");
        assertThat(ended.getJsonObject("stop").getString("mode")).isEqualTo("FINISH");
        assertThat(ended.getJsonObject("stop").getString("by")).isEqualTo("operator");
        assertThat(ended.getInt("pending")).isZero();
        assertThat(ended.getInt("ok")).isBetween(1, 79);
        assertThat(ended.getInt("ok") + ended.getInt("error")).isEqualTo(80);
        List<JsonObject> failed = runs.items(ended.getInt("id"), "&result=ERROR");
        assertThat(failed).allSatisfy(item -> {
            assertThat(item.getString("reasonCode")).isEqualTo("INTERRUPTED");
            assertThat(item.getString("reason")).contains("stopped by operator");
        });
        assertThat(failed).extracting(item -> item.getInt("attempts")).containsOnly(0);
    }

    @Test
    void terminateEndsTheRecordInFlightAtOnceAndDoneClosesTheRest() {
        JsonObject run = startLongRun("TRM", 40, 300);

        stop(run, "TERMINATE", "DONE");
        JsonObject ended = runs.awaitEnded(run.getInt("id"));

        assertThat(ended.getInt("pending")).isZero();
        assertThat(ended.getInt("done")).isPositive();
        assertThat(ended.getInt("ok") + ended.getInt("error") + ended.getInt("done"))
                .isEqualTo(40);
        assertThat(runs.items(ended.getInt("id"), "&result=ERROR"))
                .allSatisfy(item -> assertThat(item.getString("reasonCode")).isEqualTo("INTERRUPTED"));
        assertThat(ended.getString("state"))
                .as("a stopped run is never a success")
                .isEqualTo("UNRESOLVED");
        assertThat(ended.getJsonObject("stop").getString("pending")).isEqualTo("DONE");
        JsonObject done = runs.items(ended.getInt("id"), "").stream()
                .filter(item -> item.getString("state").equals("DONE"))
                .findFirst()
                .orElseThrow();
        assertThat(operator.post(
                                "api/v1/items/" + done.getInt("id") + "/resolution",
                                "{\"action\":\"MANUAL\",\"note\":\"Entered by hand\"}")
                        .status())
                .isEqualTo(200);

        Api.Response again = operator.post(
                "api/v1/runs/" + run.getInt("id") + "/stop", "{\"mode\":\"FINISH\",\"pending\":\"FAILED\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aStopIsHeardWhileTheSiteIsDownAndEveryRecordFails() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sandbox.invoice("DOWN-" + i, "PENDING").fault("DOWN-" + i, "HTTP_503", 3);
            lines.add("DOWN-" + i + ",2026-11-02,10,12345678Z,Site Down");
        }
        sandbox.latency(100);
        JsonObject run = runs.startCsv("invoice-check", false, lines.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(60)).until(() -> startedRecords(run) >= 3);

        stop(run, "FINISH", "FAILED");
        JsonObject ended = runs.awaitEnded(run.getInt("id"));

        List<JsonObject> notReached = runs.items(ended.getInt("id"), "&result=ERROR").stream()
                .filter(item -> item.getInt("attempts") == 0)
                .toList();
        assertThat(notReached).as("records the stop kept from starting").isNotEmpty();
        assertThat(notReached).allSatisfy(item -> assertThat(item.getString("suggestedAction"))
                .contains("nothing was sent"));
        assertThat(ended.getInt("pending")).isZero();
    }

    @Test
    void aViewerCannotStopARunAndAMalformedStopIsRefused() {
        JsonObject run = runs.awaitEnded(runs.startCsv("invoice-check", true, "V-1,2026-11-02,10,12345678Z,x")
                .getInt("id"));

        Api.Response viewer = Api.as(url, "viewer", "viewer")
                .post("api/v1/runs/" + run.getInt("id") + "/stop", "{\"mode\":\"FINISH\",\"pending\":\"FAILED\"}");
        Api.Response malformed = operator.post("api/v1/runs/" + run.getInt("id") + "/stop", "{\"mode\":\"PAUSE\"}");

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(malformed.status()).isEqualTo(400);
    }

    /** A run of {@code count} pending invoices on a portal that answers after {@code latencyMs}, once a few are done. */
    private JsonObject startLongRun(String prefix, int count, int latencyMs) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = prefix + "-" + i;
            sandbox.invoice(number, "PENDING");
            lines.add(number + ",2026-11-02,10,12345678Z,Long Run");
        }
        sandbox.latency(latencyMs);
        JsonObject run = runs.startCsv("invoice-check", false, lines.toArray(String[]::new));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> runs.run(run.getInt("id")).getInt("ok") >= 2);
        return run;
    }

    /** Records whose handler has started: their in-flight mark is committed at once, their result at chunk end. */
    private long startedRecords(JsonObject run) {
        return runs.items(run.getInt("id"), "").stream()
                .filter(item -> !item.getString("state").equals("PENDING"))
                .count();
    }

    private JsonObject stop(JsonObject run, String mode, String pending) {
        Api.Response stopped = operator.post(
                "api/v1/runs/" + run.getInt("id") + "/stop",
                "{\"mode\":\"" + mode + "\",\"pending\":\"" + pending + "\"}");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        return stopped.object();
    }
}
