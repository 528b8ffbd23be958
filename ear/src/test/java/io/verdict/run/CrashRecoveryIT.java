package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.ServerNode;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a run of three partitions: after the restart the run finishes by itself, cut anew over what
 * is still pending; the records that were in flight end ERROR INTERRUPTED, and no record is lost or submitted twice.
 * A process declared before the crash is still there after it, and runs. The node under test is a second server; its target system is the sandbox portal of the suite's server, which lives
 * through the crash and counts every submission.
 */
class CrashRecoveryIT extends VerdictIT {

    static final int RECORDS = 60;

    @Test
    void aKilledServerFinishesItsRunAfterRestartWithoutLosingOrRepeatingARecord() {
        Sandbox sandbox = new Sandbox(url);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= RECORDS; i++) {
            sandbox.invoice("K-" + i, "PENDING");
            lines.add("K-" + i + ",2026-11-02,10,12345678Z,Crash Test");
        }
        sandbox.latency(100);
        try (ServerNode node = new ServerNode("crash-node", 200, ItDatabase.secondNodeEnvironment("crash-node"))) {
            node.start();
            Api admin = Api.as(node.url(), "admin", "admin");
            assertThat(admin.put(
                                    "api/v1/processes/invoice-check",
                                    "{\"chunkSize\":5,\"partitions\":3,\"backoffMs\":20,\"settings\":{\"timeoutMs\":\"3000\",\"portalUrl\":\""
                                            + url + "sandbox/api\"}}")
                            .status())
                    .isEqualTo(200);
            assertThat(admin.post(
                                    "api/v1/processes",
                                    "{\"name\":\"survivor\",\"template\":\"http-per-record\","
                                            + "\"columns\":[\"Invoice\"],\"keyColumn\":\"Invoice\"}")
                            .status())
                    .as("a process declared before the crash")
                    .isEqualTo(201);
            Runs runs = new Runs(Api.as(node.url(), "operator", "operator"));
            long runId = runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                    .getInt("id");
            await().atMost(Duration.ofSeconds(60)).until(() -> runs.run(runId).getInt("ok") >= 12);

            node.kill();
            node.start();
            JsonObject run = runs.awaitEnded(runId);

            assertThat(run.getInt("total")).isEqualTo(RECORDS);
            assertThat(run.getInt("pending")).as("no record lost").isZero();
            assertThat(run.getInt("ok") + run.getInt("error")).isEqualTo(RECORDS);
            assertThat(run.getString("state")).isIn("COMPLETED", "UNRESOLVED");
            List<JsonObject> items = runs.items(runId, "");
            assertThat(items).allSatisfy(item -> {
                String number = item.getString("key");
                if (item.getString("result").equals("OK")) {
                    assertThat(sandbox.submissions(number))
                            .as(number + " submitted once")
                            .isEqualTo(1);
                } else {
                    assertThat(item.getString("reasonCode")).as(number).isEqualTo("INTERRUPTED");
                    assertThat(sandbox.submissions(number))
                            .as(number + " never submitted twice")
                            .isLessThanOrEqualTo(1);
                }
            });
            assertThat(runs.items(runId, "&result=ERROR"))
                    .as("at most the chunk in flight of each partition")
                    .hasSizeLessThanOrEqualTo(3 * 5);
            JsonObject survivor = runs.awaitEnded(
                    runs.startCsvWithHeader("survivor", true, "Invoice", "SV-1").getInt("id"));
            assertThat(survivor.getInt("ok"))
                    .as("the declared process survived the crash and runs")
                    .isEqualTo(1);
        } finally {
            sandbox.latency(0);
        }
    }
}
