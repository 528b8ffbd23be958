package io.verdict.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.InvoiceRunIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code portal_rec_s}: invoice-check records (10,000 unless {@code -Dbench.portalRecords}) against the sandbox portal
 * answering every request after 50 ms, as a slow website would; each record is a look-up and a submission. Measured
 * sequentially (1 partition, the baseline) and with 2, 4 and 8 partitions ({@code -Dbench.partitions}), from the first
 * record started to the last result persisted. Goal: near-linear speed-up up to 8 partitions.
 */
class PortalThroughputBenchmark extends InvoiceRunIT {

    static final int RECORDS = Integer.getInteger("bench.portalRecords", 10_000);
    static final int LATENCY_MS = 50;
    static final int CHUNK = 50;

    @AfterEach
    void fastPortal() {
        sandbox.latency(0);
    }

    @Test
    void sequentialAgainstPartitionedOnASlowPortal() {
        int[] partitionCounts = Arrays.stream(
                        System.getProperty("bench.partitions", "1,2,4,8").split(","))
                .mapToInt(count -> Integer.parseInt(count.strip()))
                .toArray();
        BenchResults results = new BenchResults(
                "portal_throughput",
                "Portal throughput: " + RECORDS + " invoice-check records, portal latency " + LATENCY_MS
                        + " ms per request, chunks of " + CHUNK);
        double sequential = 0;
        for (int partitions : partitionCounts) {
            double recordsPerSecond = run(partitions);
            if (partitions == 1) {
                sequential = recordsPerSecond;
            }
            results.figure(
                    "portal_rec_s_" + partitions + "p",
                    recordsPerSecond,
                    "records/s with " + partitions + " partition" + (partitions == 1 ? " (baseline)" : "s")
                            + "; portal answered " + sandbox.callsAtOnce() + " at once");
            if (partitions > 1 && sequential > 0) {
                results.figure(
                        "speedup_" + partitions + "p",
                        recordsPerSecond / sequential,
                        "× sequential; linear would be " + partitions);
            }
        }
        results.write();
    }

    /** Records per second of one real run with this many partitions. */
    private double run(int partitions) {
        List<String> lines = new ArrayList<>(RECORDS);
        String prefix = "PT" + partitions + "-" + System.currentTimeMillis() % 1_000_000 + "-";
        for (int i = 1; i <= RECORDS; i++) {
            String number = prefix + i;
            sandbox.invoice(number, "PENDING");
            lines.add(number + ",2026-11-02,10,12345678Z,Portal Bench");
        }
        changeInvoiceCheck("\"chunkSize\":" + CHUNK + ",\"partitions\":" + partitions);
        sandbox.latency(LATENCY_MS).countCalls();
        long runId = runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                .getInt("id");
        JsonObject run = await().atMost(Duration.ofMinutes(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> runs.run(runId), current -> current.getString("state")
                        .equals("COMPLETED"));
        sandbox.latency(0);
        assertThat(run.getInt("ok")).isEqualTo(RECORDS);
        Duration took =
                Duration.between(Instant.parse(run.getString("startedAt")), Instant.parse(run.getString("endedAt")));
        return RECORDS / (took.toMillis() / 1000.0);
    }
}
