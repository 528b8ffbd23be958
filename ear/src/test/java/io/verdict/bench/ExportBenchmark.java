package io.verdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.InvoiceRunIT;
import io.verdict.ItDatabase;
import io.verdict.Management;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code export_s}: the failures export of a run with 1 million KO records, downloaded as {@code .xlsx} through the
 * API, and the server's peak heap meanwhile, side by side with {@code csv_s}: plain JDBC reading the same rows and
 * writing them as CSV. Goal: ≤ 60 s and under 256 MiB of heap.
 */
@EnabledIfSystemProperty(
        named = "verdict.db",
        matches = "mariadb",
        disabledReason = "it seeds a million rows from outside the server, which the embedded database does not allow")
class ExportBenchmark extends InvoiceRunIT {

    static final long FAILURES = Long.getLong("bench.failures", 1_000_000L);
    private static final long MIB = 1024 * 1024;

    @ArquillianResource
    ManagementClient management;

    @Test
    void aMillionFailuresToXlsxAgainstPlainCsv() throws IOException, SQLException {
        sandbox.invoice("EXPORT-1", "PENDING");
        long runId = runs.awaitEnded(runs.startCsv("invoice-check", true, "EXPORT-1,2026-11-02,10,12345678Z,Export SL")
                        .getInt("id"))
                .getInt("id");
        seed(runId);
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Management server = new Management(management);
        List<String> heapPools = heapPools(server);
        server.result(Management.operation("core-service=platform-mbean/type=memory", "gc"));
        heapPools.forEach(pool -> server.result(Management.operation(pool, "reset-peak-usage")));

        long start = System.nanoTime();
        Path xlsx = operator.downloadTo(
                "api/v1/runs/" + runId + "/export?results=KO,ERROR", dir.resolve("export-bench.xlsx"));
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = heapPools.stream()
                .mapToLong(pool -> server.read(pool, "peak-usage").get("used").asLong())
                .sum();
        double csvSeconds = csv(runId, dir.resolve("export-bench.csv"));

        new BenchResults("export", "Failures export of " + FAILURES + " KO records")
                .figure("export_s", exportSeconds, ".xlsx through the API, goal ≤ 60 s")
                .figure(
                        "export_peak_heap_mib",
                        peakHeap / (double) MIB,
                        "server heap, sum of its pools' peaks, goal < 256")
                .figure("export_mib", Files.size(xlsx) / (double) MIB, "size of the .xlsx")
                .figure("csv_s", csvSeconds, "baseline: plain JDBC rows written as CSV")
                .write();
        Files.delete(xlsx);
    }

    private static void seed(long runId) throws SQLException {
        try (Connection connection = ItDatabase.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO work_item (run_id, seq, business_key, key_seen_before, state, result,"
                    + " reason_code, reason, suggested_action, attempts, payload, ended_at) SELECT " + runId
                    + ", seq + 1, CONCAT('EXPORT-', seq + 1), FALSE, 'FINISHED', 'KO', 'BUSINESS_RULE',"
                    + " CONCAT('Invoice EXPORT-', seq + 1, ' is already paid in the invoicing portal.'),"
                    + " 'Review the record with the business team; relaunch it only once the rule is met.', 1,"
                    + " CONCAT('{\"InvoiceNumber\":\"EXPORT-', seq + 1, '\",\"Date\":\"2026-11-02\",\"Amount\":\"10\","
                    + "\"CustomerTaxId\":\"12345678Z\",\"CustomerName\":\"Export SL\"}'), UTC_TIMESTAMP()"
                    + " FROM seq_1_to_" + FAILURES);
            statement.execute("UPDATE run SET total = total + " + FAILURES + ", ko_count = ko_count + " + FAILURES
                    + ", unresolved_count = unresolved_count + " + FAILURES + " WHERE id = " + runId);
        }
    }

    /** The heap's memory pools, by management address. */
    private static List<String> heapPools(Management server) {
        String memory = "core-service=platform-mbean/type=memory-pool";
        ModelNode pools = server.result(readChildren(memory, "name"));
        return pools.asList().stream()
                .map(ModelNode::asString)
                .map(name -> memory + "/name=" + name)
                .filter(pool -> server.read(pool, "type").asString().equals("HEAP"))
                .toList();
    }

    private static ModelNode readChildren(String address, String type) {
        ModelNode operation = Management.operation(address, "read-children-names");
        operation.get("child-type").set(type);
        return operation;
    }

    private static double csv(long runId, Path file) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection connection = ItDatabase.connection();
                PreparedStatement select = connection.prepareStatement("SELECT id, seq, result, reason_code, reason,"
                        + " suggested_action, attempts, output, resolution, payload FROM work_item WHERE run_id = ?"
                        + " AND result IN ('KO', 'ERROR') ORDER BY id");
                BufferedWriter out = Files.newBufferedWriter(file)) {
            select.setLong(1, runId);
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= 10; column++) {
                        String value = rows.getString(column);
                        out.write(value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"");
                        out.write(column == 10 ? "\n" : ",");
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(Files.size(file)).isPositive();
        Files.delete(file);
        return seconds;
    }
}
