package io.verdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.ItDatabase;
import io.verdict.console.ConsoleStopwatch;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@code page_ms}: a page of 100 items of a run with 10 million, fetched through the API by keyset
 * ({@code after=<last id>}) at the first, middle and last page, and the console's run page opened at the same records
 * ({@code &from=}, 50 items, timed in headless Chromium until the table shows), side by side with the same page read by
 * OFFSET in plain JDBC, and with the console page of a run of one item (what the page costs whatever the run). The
 * items are seeded by MariaDB itself ({@code INSERT … SELECT} from its sequence engine), not through the engine. Goal:
 * ≤ 100 ms at any depth, while OFFSET degrades.
 */
@EnabledIfSystemProperty(
        named = "verdict.db",
        matches = "mariadb",
        disabledReason = "it seeds 10 million rows from outside the server, which the embedded database does not allow")
class PagingBenchmark extends InvoiceRunIT {

    static final long ITEMS = Long.getLong("bench.items", 10_000_000L);
    static final int PAGE = 100, TIMES = 5;

    @Test
    void keysetPagesStayFastAtAnyDepthWhileOffsetDegrades() throws SQLException {
        sandbox.invoice("PAGE-1", "PENDING");
        long runId = runs.awaitEnded(runs.startCsv("invoice-check", true, "PAGE-1,2026-11-02,10,12345678Z,Page SL")
                        .getInt("id"))
                .getInt("id");
        long smallRunId = runs.awaitEnded(
                        runs.startCsv("invoice-check", true, "SMALL-1,2026-11-02,10,12345678Z,Small SL")
                                .getInt("id"))
                .getInt("id");
        BenchResults results = new BenchResults(
                "paging", "Paging a run of " + ITEMS + " items, " + PAGE + " a page (median of " + TIMES + ", ms)");
        String[] depths = {"first", "middle", "last"};
        long[] offsets = {0, ITEMS / 2, ITEMS - PAGE};
        // Signed in first: signing in lands on the dashboard, which is not what this measures.
        try (ConsoleStopwatch console = ConsoleStopwatch.signedInAs(url, "operator", "operator")) {
            results.figure("seed_s", seed(runId), "seconds to seed the items (INSERT … SELECT)");
            for (int i = 0; i < depths.length; i++) {
                long offset = offsets[i];
                long after = offset == 0 ? 0 : idBefore(runId, offset);
                int record = Math.toIntExact(offset + 1);
                results.figure(
                        "page_ms_" + depths[i], median(() -> apiPage(runId, after)), "API, keyset after id " + after);
                results.figure(
                        "console_ms_" + depths[i],
                        median(() -> console.runPageFrom(runId, record)),
                        "console run page from record " + record + ", in Chromium");
                results.figure(
                        "offset_ms_" + depths[i], median(() -> offsetPage(runId, offset)), "JDBC, OFFSET " + offset);
            }
            results.figure(
                    "console_ms_one_item_run",
                    median(() -> console.runPageFrom(smallRunId, 1)),
                    "baseline: the console run page of a run of one item, in Chromium");
            results.figure(
                    "page_ms_failures",
                    median(() -> failuresPage(runId)),
                    "API, the first page of KO and ERROR items, of which the run has none");
        }
        results.write();
    }

    /** Adds {@link #ITEMS} finished items to the run, numbered after its own one; the seconds it took. */
    private static long seed(long runId) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = ItDatabase.connection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO work_item (run_id, seq, business_key, key_seen_before, state, result,"
                    + " attempts, payload, ended_at) SELECT " + runId + ", seq + 1, CONCAT('PAGE-', seq + 1), FALSE,"
                    + " 'FINISHED', 'OK', 1, CONCAT('{\"InvoiceNumber\":\"PAGE-', seq + 1, '\",\"Date\":\"2026-11-02\","
                    + "\"Amount\":\"10\",\"CustomerTaxId\":\"12345678Z\",\"CustomerName\":\"Page SL\"}'),"
                    + " UTC_TIMESTAMP() FROM seq_1_to_" + ITEMS);
            statement.execute("UPDATE run SET total = total + " + ITEMS + ", ok_count = ok_count + " + ITEMS
                    + " WHERE id = " + runId);
        }
        return Duration.ofNanos(System.nanoTime() - start).toSeconds();
    }

    /** The id of the item just before the one at {@code offset}: where a keyset page that starts there is after. */
    private static long idBefore(long runId, long offset) {
        return ItDatabase.number(
                "SELECT id FROM work_item WHERE run_id = ? ORDER BY id LIMIT 1 OFFSET " + (offset - 1), runId);
    }

    private long apiPage(long runId, long after) {
        long start = System.nanoTime();
        Api.Response page = operator.get("api/v1/runs/" + runId + "/items?limit=" + PAGE + "&after=" + after);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<JsonObject> items = page.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(items).as("a full page after " + after).hasSize(PAGE);
        return millis;
    }

    /** A filtered page that finds nothing: the index must say so without reading the run's items. */
    private long failuresPage(long runId) {
        long start = System.nanoTime();
        Api.Response page = operator.get("api/v1/runs/" + runId + "/items?limit=" + PAGE + "&result=KO,ERROR");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().asJsonArray()).isEmpty();
        return millis;
    }

    private static long offsetPage(long runId, long offset) {
        long start = System.nanoTime();
        try (Connection connection = ItDatabase.connection();
                PreparedStatement select = connection.prepareStatement("SELECT id, seq, business_key, state, result,"
                        + " reason_code, reason, suggested_action, attempts, payload, output FROM work_item"
                        + " WHERE run_id = ? ORDER BY id LIMIT " + PAGE + " OFFSET " + offset)) {
            select.setLong(1, runId);
            int rows = 0;
            try (ResultSet page = select.executeQuery()) {
                while (page.next()) {
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(PAGE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static long median(LongSupplier millis) {
        millis.getAsLong();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            times.add(millis.getAsLong());
        }
        return times.stream().sorted().toList().get(TIMES / 2);
    }
}
