package io.verdict.cluster;

import static io.verdict.Fleet.LOCAL_ROBOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Fleet;
import io.verdict.InvoiceRunIT;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.Schedules;
import io.verdict.ServerNode;
import io.verdict.TestRobot;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two WildFly nodes on one MariaDB, each its own robot (run with {@code -Ddb=mariadb -Pcluster}): a schedule fires
 * once across the cluster, runs spread over both robots, a process declared on one node runs on the other, robot
 * clients leasing through both nodes are never given one record, and when a
 * node dies mid-run the other one finishes its run: the record in flight ends ERROR INTERRUPTED, no record is lost or
 * submitted twice.
 */
@EnabledIfSystemProperty(
        named = "verdict.db",
        matches = "mariadb",
        disabledReason = "two nodes need a database they share; the embedded H2 file belongs to one server")
class ClusterIT extends InvoiceRunIT {

    private static final String NODE_B = "robot-b";
    /** invoice-check's chunk size in the tests ({@link Runs#configureInvoiceCheckForTests}). */
    private static final int CHUNK = 10;

    private Fleet fleet;
    private ServerNode nodeB;

    @BeforeEach
    void startTheSecondNode() {
        fleet = new Fleet(admin);
        fleet.license(LOCAL_ROBOT, "IT-LOCAL-LICENCE");
        fleet.license(NODE_B, "IT-NODE-B-LICENCE");
        changeInvoiceCheck("\"settings\":{\"timeoutMs\":\"3000\",\"portalUrl\":\"" + url + "sandbox/api\"}");
        nodeB = new ServerNode(NODE_B, 300, ItDatabase.sharedDatabaseEnvironment(NODE_B)).start();
    }

    @AfterEach
    void stopIt() {
        nodeB.close();
        sandbox.latency(0);
        fleet.unassign(NODE_B);
        changeInvoiceCheck("\"robot\":null,\"concurrentRuns\":false");
    }

    @Test
    void aScheduleFiresOnceAcrossTheCluster() {
        Schedules schedules = new Schedules(admin);
        String dataDir = System.getenv("VERDICT_DATA_DIR");
        String file = Runs.INVOICE_HEADER + "\nCL-SCH,2026-11-02,10,NOT-A-TAX-ID,Scheduled\n";
        Schedules.inboxFile(dataDir, "invoice-check", "cluster.csv", file);
        Schedules.inboxFile(dataDir + "-" + NODE_B, "invoice-check", "cluster.csv", file);
        Instant due = Schedules.nextMinute(Duration.ofSeconds(70));
        try {
            long id = schedules.createDueAt("invoice-check", due, "").getInt("id");

            JsonObject line = schedules.awaitFiring(id, Duration.ofSeconds(200));
            await().during(Duration.ofSeconds(10))
                    .atMost(Duration.ofSeconds(15))
                    .until(() -> schedules.firings(id).size() == 1);

            assertThat(line.getString("status")).isEqualTo("FIRED");
            assertThat(runs.list("process=invoice-check&trigger=SCHEDULER"))
                    .as("one run for the due time, whichever node fired it")
                    .hasSize(1);
        } finally {
            schedules.deleteAll();
        }
    }

    @Test
    void runsSpreadOverBothRobots() {
        changeInvoiceCheck("\"robot\":\"ghost-robot\",\"concurrentRuns\":true");
        sandbox.latency(100);
        List<Long> queued = new ArrayList<>();
        for (int run = 1; run <= 12; run++) {
            queued.add(start("CL-SPREAD-" + run + "-", 4));
        }
        changeInvoiceCheck("\"robot\":null");

        Map<String, Long> perRobot = queued.stream()
                .map(runs::awaitEnded)
                .collect(Collectors.groupingBy(run -> run.getString("robot"), Collectors.counting()));

        assertThat(perRobot.keySet()).as("runs per robot: " + perRobot).isEqualTo(Set.of(LOCAL_ROBOT, NODE_B));
    }

    @Test
    void robotClientsLeasingThroughBothNodesAreNeverGivenOneRecord() {
        String process = "cluster-robots-" + Long.toString(System.currentTimeMillis(), 36);
        assertThat(Api.as(nodeB.url(), "admin", "admin")
                        .post(
                                "api/v1/processes",
                                "{\"name\":\"" + process + "\",\"template\":\"robot\",\"columns\":[\"Supplier\"],"
                                        + "\"maxLeases\":40}")
                        .status())
                .isEqualTo(201);
        TestRobot viaA = TestRobot.connect(url, admin, "cluster-desk", "1.0.0", process);
        TestRobot viaB = viaA.at(nodeB.url());
        try {
            String[] suppliers =
                    IntStream.rangeClosed(1, 200).mapToObj(i -> "CR-" + i).toArray(String[]::new);
            long runId = runs.startCsvWithHeader(process, false, "Supplier", suppliers)
                    .getInt("id");
            runs.awaitState(runId, "RUNNING");
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            List<Integer> twice = new CopyOnWriteArrayList<>();

            CompletableFuture.allOf(Stream.of(viaA, viaA, viaB, viaB)
                            .map(client -> CompletableFuture.runAsync(() -> {
                                List<JsonObject> leases;
                                while (!(leases = client.lease(process, 5, 2)).isEmpty()) {
                                    for (JsonObject lease : leases) {
                                        if (!seen.add(lease.getInt("itemId"))) {
                                            twice.add(lease.getInt("itemId"));
                                        }
                                        assertThat(client.ok(lease, "done").status())
                                                .isEqualTo(204);
                                    }
                                }
                            }))
                            .toArray(CompletableFuture[]::new))
                    .join();

            assertThat(twice).as("records leased twice").isEmpty();
            assertThat(seen).hasSize(200);
            assertThat(runs.awaitEnded(runId).getInt("ok")).isEqualTo(200);
        } finally {
            viaA.disconnect(admin);
        }
    }

    @Test
    void aProcessDeclaredOnOneNodeIsListedAndRunsOnTheOther() {
        String name = "cluster-declared-" + Long.toString(System.currentTimeMillis(), 36);
        Api.Response declared = Api.as(nodeB.url(), "admin", "admin")
                .post(
                        "api/v1/processes",
                        "{\"name\":\"" + name + "\",\"template\":\"http-per-record\",\"columns\":[\"Invoice\"]}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);

        assertThat(Api.as(url, "viewer", "viewer").get("api/v1/processes").body())
                .contains("\"name\":\"" + name + "\"");
        JsonObject run = runs.awaitEnded(
                runs.startCsvWithHeader(name, true, "Invoice", "CL-DECLARED-1").getInt("id"));
        assertThat(run.getInt("ok")).isEqualTo(1);
    }

    @Test
    void whenANodeDiesMidRunTheOtherFinishesItsRun() {
        changeInvoiceCheck("\"robot\":\"" + NODE_B + "\"");
        sandbox.latency(300);
        long runId = start("CL-KILL-", 40);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonObject run = runs.run(runId);
            int ended = run.getInt("ok") + run.getInt("ko") + run.getInt("error");
            assertThat(run.getString("state").equals("RUNNING") && ended >= 5)
                    .as("running on " + NODE_B + ": " + run + ", "
                            + operator.get("api/v1/runs/" + runId + "/diagnosis")
                                    .body())
                    .isTrue();
        });
        changeInvoiceCheck("\"robot\":null");

        nodeB.kill();
        JsonObject run = runs.awaitState(runId, "COMPLETED", "UNRESOLVED");

        assertThat(run.getString("robot")).as("the surviving robot finished it").isEqualTo(LOCAL_ROBOT);
        List<JsonObject> items = runs.items(runId, "");
        assertThat(items).hasSize(40).allSatisfy(item -> assertThat(item.getString("state"))
                .isEqualTo("FINISHED"));
        List<JsonObject> interrupted = items.stream()
                .filter(item -> "INTERRUPTED".equals(item.getString("reasonCode", null)))
                .toList();
        assertThat(interrupted)
                .as("at most the records of the chunk in flight when the node died")
                .hasSizeLessThanOrEqualTo(CHUNK);
        assertThat(items).allSatisfy(item -> {
            String key = item.getString("key");
            if (interrupted.contains(item)) {
                assertThat(sandbox.submissions(key)).as(key).isLessThanOrEqualTo(1);
            } else {
                assertThat(item.getString("result")).as(key).isEqualTo("OK");
                assertThat(sandbox.submissions(key)).as(key + " submitted once").isEqualTo(1);
            }
        });
    }

    private long start(String prefix, int records) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            sandbox.invoice(prefix + i, "PENDING");
            lines.add(prefix + i + ",2026-11-02,10,12345678Z,Cluster SL");
        }
        return runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                .getInt("id");
    }
}
