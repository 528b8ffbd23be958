package io.verdict.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code engine_rec_s}: a 100k-record invoice-check dry run end to end, from the upload to the last result persisted,
 * side by side with {@code jdbc_rec_s}, a plain JDBC program doing the same persistence work on the same database
 * ({@link JdbcBaseline}), and their ratio; then the same run with 2 and 4 partitions. Goal: ratio ≥ 0.5 and ≥ 20,000
 * records/s on MariaDB.
 */
class EngineThroughputBenchmark extends InvoiceRunIT {

    static final int RECORDS = 100_000;
    /** The chunk size the process runs with, and the baseline's batch: a setting an administrator would raise. */
    static final int CHUNK = 500;

    @Test
    void aHundredThousandRecordDryRunAgainstPlainJdbc() throws SQLException {
        List<String> lines = new ArrayList<>(RECORDS);
        List<String> payloads = new ArrayList<>(RECORDS);
        for (int i = 1; i <= RECORDS; i++) {
            String number = "BENCH-" + i;
            lines.add(number + ",2026-11-02," + (10 + i % 1000) + ".50,12345678Z,Bench Customer " + i);
            payloads.add(Json.createObjectBuilder()
                    .add("InvoiceNumber", number)
                    .add("Date", "2026-11-02")
                    .add("Amount", (10 + i % 1000) + ".50")
                    .add("CustomerTaxId", "12345678Z")
                    .add("CustomerName", "Bench Customer " + i)
                    .build()
                    .toString());
        }
        byte[] csv = (Runs.INVOICE_HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

        double engineSeconds = dryRun(csv, 1);

        BenchResults results = new BenchResults(
                        "engine_throughput",
                        "Engine throughput: " + RECORDS + "-record invoice-check dry run, chunks of " + CHUNK)
                .figure("engine_rec_s", RECORDS / engineSeconds, "records/s, upload → last result persisted");
        if (ItDatabase.isMariaDb()) {
            double jdbcSeconds = JdbcBaseline.run(payloads, CHUNK).toMillis() / 1000.0;
            results.figure("jdbc_rec_s", RECORDS / jdbcSeconds, "records/s, plain JDBC insert + results in batches")
                    .figure("engine_vs_jdbc_ratio", jdbcSeconds / engineSeconds, "goal ≥ 0.5");
        } else {
            results.note(
                    "jdbc_rec_s", "not measured: the embedded database belongs to the server; run with -Ddb=mariadb");
        }
        for (int partitions : new int[] {2, 4}) {
            results.figure(
                    "engine_rec_s_" + partitions + "p",
                    RECORDS / dryRun(csv, partitions),
                    "records/s, the same run with " + partitions + " partitions");
        }
        results.write();
    }

    /** Seconds from the upload of {@code csv} as a dry run to its last result persisted, with this many partitions. */
    private double dryRun(byte[] csv, int partitions) {
        changeInvoiceCheck("\"chunkSize\":" + CHUNK + ",\"partitions\":" + partitions);
        Instant start = Instant.now();
        Api.Response created = operator.post("api/v1/processes/invoice-check/runs?dryRun=true", "text/csv", csv);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long runId = created.object().getInt("id");
        JsonObject run = await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> runs.run(runId), current -> current.getString("state")
                        .equals("COMPLETED"));
        assertThat(run.getInt("ok")).isEqualTo(RECORDS);
        return Duration.between(start, Instant.parse(run.getString("endedAt"))).toMillis() / 1000.0;
    }
}
