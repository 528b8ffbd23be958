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

/**
 * A process with partitions: its run calls a slow portal that many times at once, yet every record is worked once,
 * failures are still KO or ERROR with their reasons, and a stop reaches every partition, even one that meets only
 * failures (the batch runtime looks for a stop only after a record that did not fail).
 */
class PartitionIT extends InvoiceRunIT {

    @AfterEach
    void sequentialAgainOnAFastPortal() {
        sandbox.latency(0);
        changeInvoiceCheck("\"partitions\":1");
    }

    @Test
    void fourPartitionsCallThePortalFourAtATimeAndWorkEveryRecordOnce() {
        changeInvoiceCheck("\"partitions\":4,\"chunkSize\":5");
        List<String> lines = pendingInvoices("PART", 40);
        lines.add("PART-BAD,2026-11-02,10,NOT-A-TAX-ID,Bad Tax Id");
        sandbox.invoice("PART-PAID", "PAID");
        lines.add("PART-PAID,2026-11-02,10,12345678Z,Already Paid");
        sandbox.latency(150).countCalls();

        JsonObject run = runs.awaitEnded(runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                .getInt("id"));

        assertThat(run.getInt("total")).isEqualTo(42);
        assertThat(run.getInt("ok")).isEqualTo(40);
        assertThat(run.getInt("ko")).isEqualTo(2);
        assertThat(run.getString("state")).isEqualTo("UNRESOLVED");
        assertThat(sandbox.callsAtOnce())
                .as("requests the portal answered at once")
                .isEqualTo(4);
        List<JsonObject> items = runs.items(run.getInt("id"), "");
        assertThat(items)
                .filteredOn(item -> item.getString("result").equals("OK"))
                .allSatisfy(item -> assertThat(sandbox.submissions(item.getString("key")))
                        .as(item.getString("key") + " submitted once")
                        .isEqualTo(1));
        assertThat(runs.items(run.getInt("id"), "&result=KO"))
                .extracting(item -> item.getString("key"))
                .containsExactlyInAnyOrder("PART-BAD", "PART-PAID");
    }

    @Test
    void aStopReachesEveryPartitionAndWhatNoPartitionStartedWasNeverSent() {
        changeInvoiceCheck("\"partitions\":4,\"chunkSize\":5");
        List<String> lines = pendingInvoices("PSTOP", 120);
        sandbox.latency(200);
        JsonObject started = runs.startCsv("invoice-check", false, lines.toArray(String[]::new));
        long runId = started.getInt("id");
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.run(runId).getInt("ok") >= 4);

        Api.Response stopped =
                operator.post("api/v1/runs/" + runId + "/stop", "{\"mode\":\"FINISH\",\"pending\":\"FAILED\"}");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        JsonObject run = runs.awaitEnded(runId);

        assertThat(run.getInt("pending")).isZero();
        assertThat(run.getInt("ok")).isBetween(4, 119);
        assertThat(run.getInt("ok") + run.getInt("error")).isEqualTo(120);
        List<JsonObject> failed = runs.items(runId, "&result=ERROR");
        assertThat(failed).allSatisfy(item -> {
            assertThat(item.getString("reasonCode")).isEqualTo("INTERRUPTED");
            assertThat(item.getInt("attempts"))
                    .as("the chunks in flight finished")
                    .isZero();
            assertThat(sandbox.submissions(item.getString("key")))
                    .as(item.getString("key") + " was never sent")
                    .isZero();
        });
    }

    @Test
    void aStopReachesEveryPartitionWhileEachIsRetryingARecordTheSiteRefuses() {
        changeInvoiceCheck("\"partitions\":4,\"chunkSize\":5");
        List<String> lines = pendingInvoices("PDOWN", 80);
        for (int i = 1; i <= 80; i++) {
            sandbox.fault("PDOWN-" + i, "HTTP_503", 3);
        }
        sandbox.latency(100);
        long runId = runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                .getInt("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> runs.items(runId, "").stream()
                                .filter(item -> !item.getString("state").equals("PENDING"))
                                .count()
                        >= 8);

        Api.Response stopped =
                operator.post("api/v1/runs/" + runId + "/stop", "{\"mode\":\"FINISH\",\"pending\":\"FAILED\"}");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        JsonObject run = runs.awaitEnded(runId);

        assertThat(run.getInt("pending")).isZero();
        assertThat(run.getInt("error")).isEqualTo(80);
        List<JsonObject> items = runs.items(runId, "");
        for (int quarter = 0; quarter < 4; quarter++) {
            int from = quarter * 20 + 1, to = from + 19;
            assertThat(items)
                    .filteredOn(item -> item.getInt("seq") >= from && item.getInt("seq") <= to)
                    .as("records %d to %d, one partition's share, are not all reached", from, to)
                    .anySatisfy(item -> assertThat(item.getInt("attempts")).isZero());
        }
    }

    @Test
    void partitionsAreASettingFromOneToEight() {
        assertThat(changeInvoiceCheck("\"partitions\":8").getInt("partitions")).isEqualTo(8);

        Api.Response tooMany = admin.put("api/v1/processes/invoice-check", "{\"partitions\":9}");
        Api.Response notANumber = admin.put("api/v1/processes/invoice-check", "{\"partitions\":\"four\"}");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("partitions must be between 1 and 8");
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("partitions");
        assertThat(admin.get("api/v1/processes").body()).contains("\"partitions\":8");
    }

    /** {@code count} invoices PENDING on the portal, as CSV lines. */
    private List<String> pendingInvoices(String prefix, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = prefix + "-" + i;
            sandbox.invoice(number, "PENDING");
            lines.add(number + ",2026-11-02,10,12345678Z,Partitioned");
        }
        return lines;
    }
}
