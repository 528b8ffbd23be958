package io.verdict.run;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.ServerNode;
import io.verdict.TestRobot;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a run of three partitions: after the restart the run finishes by itself, cut anew over what
 * is still pending; the records that were in flight end ERROR INTERRUPTED, and no record is lost or submitted twice.
 * A process declared before the crash is still there after it, and runs. A robot run with leases out through the
 * crash keeps them: answers given before it are written, leases still valid are answered after it, the one that
 * expired meanwhile ends ERROR INTERRUPTED, and no record is leased twice. The node under test is a second server;
 * its target system is the sandbox portal of the suite's server, which lives through the crash and counts every
 * submission.
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
            RobotRun robotRun = RobotRun.leaseFour(node.url(), admin, runs);
            await().atMost(Duration.ofSeconds(60)).until(() -> runs.run(runId).getInt("ok") >= 12);

            node.kill();
            node.start();
            robotRun.finishAfterTheCrash();
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

    /**
     * A robot process's run of ten records whose robot holds four leases at the crash: one answered, two to answer
     * after it (one OK, one ERROR to retry), one that expires while the server is down.
     */
    private record RobotRun(TestRobot robot, Runs runs, long runId, List<JsonObject> leases) {

        static RobotRun leaseFour(URL node, Api admin, Runs runs) {
            assertThat(admin.post(
                                    "api/v1/processes",
                                    "{\"name\":\"crash-robots\",\"template\":\"robot\",\"columns\":[\"Supplier\"],"
                                            + "\"keyColumn\":\"Supplier\",\"maxAttempts\":2,\"backoffMs\":0}")
                            .status())
                    .isEqualTo(201);
            TestRobot robot = TestRobot.connect(node, admin, "crash-desk", "1.0.0", "crash-robots");
            String[] suppliers =
                    IntStream.rangeClosed(1, 10).mapToObj(i -> "R-" + i).toArray(String[]::new);
            long runId = runs.startCsvWithHeader("crash-robots", false, "Supplier", suppliers)
                    .getInt("id");
            List<JsonObject> leases = robot.lease("crash-robots", 4, 30);
            assertThat(leases).hasSize(4);
            assertThat(robot.ok(leases.get(0), "before the crash").status()).isEqualTo(204);
            assertThat(robot.extend(leases.get(3), 1).status()).isEqualTo(200);
            return new RobotRun(robot, runs, runId, leases);
        }

        void finishAfterTheCrash() {
            robot.heartbeat("1.0.0", "crash-robots");
            assertThat(robot.ok(leases.get(1), "after the crash").status())
                    .as("a lease outlives the server's crash")
                    .isEqualTo(204);
            assertThat(robot.answer(
                                    leases.get(2),
                                    "{\"result\":\"ERROR\",\"reasonCode\":\"AVAILABILITY\",\"reason\":\"503\","
                                            + "\"started\":false}")
                            .status())
                    .isEqualTo(204);
            Set<Integer> leasedBefore =
                    leases.stream().map(lease -> lease.getInt("itemId")).collect(toSet());
            List<JsonObject> rest = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                robot.lease("crash-robots", 10, 2).forEach(lease -> {
                    rest.add(lease);
                    assertThat(robot.ok(lease, "after the crash").status()).isEqualTo(204);
                });
                return rest.size() >= 7;
            });
            assertThat(rest)
                    .as("only the retried record is leased again")
                    .filteredOn(lease -> leasedBefore.contains(lease.getInt("itemId")))
                    .extracting(lease -> lease.getInt("itemId"))
                    .containsExactly(leases.get(2).getInt("itemId"));
            JsonObject ended = runs.awaitEnded(runId);
            assertThat(List.of(ended.getInt("ok"), ended.getInt("error"))).containsExactly(9, 1);
            JsonObject expired = runs.items(runId, "&result=ERROR").get(0);
            assertThat(expired.getString("key")).isEqualTo(leases.get(3).getString("key"));
            assertThat(expired.getString("reasonCode")).isEqualTo("INTERRUPTED");
        }
    }
}
