package io.verdict.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.Runs;
import io.verdict.TestRobot;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code robot_rec_s_<clients>x<max>}: a run of a robot process worked through the robot protocol by 1, 4 and 8
 * concurrent robot clients that do no work, leasing {@code max} 1 or 50 records a call and answering them in one result
 * call (a batch of them with {@code max} 50), from the upload to the last result written, after a warm-up run; beside
 * it, the in-server dry run of the same records ({@code inserver_rec_s}), and the median and 99th percentile of the
 * lease and result calls. Goals: ≥ 2,000 records/s with 8 clients and max 50, ≥ 300 with max 1,
 * and the protocol adding ≤ 20 ms median per record at max 1 (a lease and a result call, one client).
 */
class RobotProtocolBenchmark extends InvoiceRunIT {

    static final int RECORDS = Integer.getInteger("bench.robotRecords", 20_000);
    private static final int WARM_UP_RECORDS = 3_000;
    private static final String SUFFIX = Long.toString(System.currentTimeMillis(), 36);

    private final List<TestRobot> robots = new ArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void disconnect() {
        heartbeats.shutdownNow();
        robots.forEach(robot -> robot.disconnect(admin));
    }

    @Test
    void robotClientsWorkingARunBesideTheInServerDryRun() {
        String process = "bench-robots-" + SUFFIX;
        Api.Response declared = admin.post(
                "api/v1/processes",
                "{\"name\":\"" + process + "\",\"template\":\"robot\",\"columns\":"
                        + "[\"InvoiceNumber\",\"Date\",\"Amount\",\"CustomerTaxId\",\"CustomerName\"],"
                        + "\"keyColumn\":\"InvoiceNumber\",\"chunkSize\":500,\"maxLeases\":400,\"leaseSeconds\":600}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        robots.add(TestRobot.connect(url, admin, "bench-desk-1", "1.0.0", process));
        robots.add(TestRobot.connect(url, admin, "bench-desk-2", "1.0.0", process));
        heartbeats.scheduleAtFixedRate(
                () -> robots.forEach(robot -> robot.heartbeat("1.0.0", process)), 5, 5, TimeUnit.SECONDS);
        byte[] csv = csv("RB", RECORDS);
        BenchResults results = new BenchResults(
                "robot_protocol", "Robot protocol: " + RECORDS + " records worked by robot clients that do no work");

        warmUp(process);
        changeInvoiceCheck("\"chunkSize\":500,\"partitions\":1");
        results.figure(
                "inserver_rec_s",
                RECORDS / seconds(start("invoice-check", csv, true), RECORDS),
                "records/s, the" + " in-server invoice-check dry run of the same records, upload → last result");
        for (int[] shape : new int[][] {{1, 1}, {1, 50}, {4, 50}, {8, 50}, {8, 1}}) {
            int clients = shape[0], max = shape[1];
            Latencies leases = new Latencies(), answers = new Latencies();
            long runId = start(process, csv, false);
            workAll(process, clients, max, runId, leases, answers);
            String name = clients + "x" + max;
            results.figure(
                            "robot_rec_s_" + name,
                            RECORDS / seconds(runId, RECORDS),
                            "records/s, " + clients + " clients leasing " + max
                                    + " a call, upload → last result written")
                    .figure("lease_p50_ms_" + name, leases.percentile(50), "ms, a lease call")
                    .figure("lease_p99_ms_" + name, leases.percentile(99), "ms")
                    .figure(
                            "result_p50_ms_" + name,
                            answers.percentile(50),
                            "ms, a result call (a batch of the lease's records)")
                    .figure("result_p99_ms_" + name, answers.percentile(99), "ms");
            if (clients == 1 && max == 1) {
                results.figure(
                        "protocol_ms_per_record",
                        leases.percentile(50) + answers.percentile(50),
                        "ms, median lease + result call per record, one client (goal ≤ 20)");
            }
        }
        results.write();
    }

    /**
     * A run of {@value #WARM_UP_RECORDS} records worked by both shapes at once before anything is measured, as a
     * server that has been up a while would be: on a server just started, the JIT compiling the protocol's code paths
     * took most of a core through the first figures.
     */
    private void warmUp(String process) {
        long runId = start(process, csv("RW", WARM_UP_RECORDS), false);
        runs.awaitState(runId, "RUNNING");
        CompletableFuture.allOf(IntStream.range(0, 8)
                        .mapToObj(client -> CompletableFuture.runAsync(() -> work(
                                robots.get(client % 2),
                                process,
                                client % 2 == 0 ? 1 : 50,
                                new Latencies(),
                                new Latencies())))
                        .toArray(CompletableFuture[]::new))
                .join();
        seconds(runId, WARM_UP_RECORDS);
    }

    /** Works the run with {@code clients} concurrent clients leasing {@code max} a call, until nothing is left. */
    private void workAll(String process, int clients, int max, long runId, Latencies leases, Latencies answers) {
        runs.awaitState(runId, "RUNNING");
        CompletableFuture.allOf(IntStream.range(0, clients)
                        .mapToObj(client -> CompletableFuture.runAsync(
                                () -> work(robots.get(client % 2), process, max, leases, answers)))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    /**
     * One robot client: leases until the run has nothing left and answers every record OK at once, a record at a
     * time when it leases one, else the whole lease in one batch call.
     */
    private static void work(TestRobot robot, String process, int max, Latencies leases, Latencies answers) {
        while (true) {
            long leaseStart = System.nanoTime();
            List<JsonObject> leased = robot.lease(process, max, 2);
            if (leased.isEmpty()) {
                return;
            }
            leases.add(System.nanoTime() - leaseStart);
            long answerStart = System.nanoTime();
            if (leased.size() == 1) {
                assertThat(robot.ok(leased.get(0), "done").status()).isEqualTo(204);
            } else {
                Api.Response batch = robot.okAll(leased, "done");
                assertThat(batch.status()).as(batch.body()).isEqualTo(200);
            }
            answers.add(System.nanoTime() - answerStart);
        }
    }

    private long start(String process, byte[] csv, boolean dryRun) {
        Api.Response created = operator.post("api/v1/processes/" + process + "/runs?dryRun=" + dryRun, "text/csv", csv);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object().getInt("id");
    }

    /**
     * Seconds from the run's creation to its last result, once it has completed, as the server timed them: a look
     * a second is enough, and each look's HTTP Basic sign-in costs the server that the clients share a hash.
     */
    private double seconds(long runId, int records) {
        JsonObject run = await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> runs.run(runId), current -> current.getString("state")
                        .equals("COMPLETED"));
        assertThat(run.getInt("ok")).isEqualTo(records);
        return Duration.between(Instant.parse(run.getString("createdAt")), Instant.parse(run.getString("endedAt")))
                        .toMillis()
                / 1000.0;
    }

    private static byte[] csv(String prefix, int records) {
        StringBuilder csv = new StringBuilder(Runs.INVOICE_HEADER).append('\n');
        for (int i = 1; i <= records; i++) {
            csv.append(prefix)
                    .append('-')
                    .append(SUFFIX)
                    .append('-')
                    .append(i)
                    .append(",2026-11-02,10.50,12345678Z,Bench\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Call durations, thread-safe, read as percentiles in milliseconds. */
    private static final class Latencies {

        private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

        void add(long duration) {
            nanos.add(duration);
        }

        double percentile(int percent) {
            List<Long> sorted;
            synchronized (nanos) {
                sorted = new ArrayList<>(nanos);
            }
            Collections.sort(sorted);
            int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
            return sorted.isEmpty() ? 0 : sorted.get(index) / 1_000_000.0;
        }
    }
}
