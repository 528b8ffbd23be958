package io.verdict.robot;

import static io.verdict.Fleet.LOCAL_ROBOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Fleet;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.ServerNode;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two robots on one database, as two WildFly nodes of a cluster: a run waits for the robot it is assigned to until that
 * robot's server starts, both robots then take runs from the same queue without ever executing one twice, and a killed
 * robot shows as disconnected.
 */
@EnabledIfSystemProperty(
        named = "verdict.db",
        matches = "mariadb",
        disabledReason = "two servers need a database they share; the embedded H2 file belongs to one server")
class TwoRobotsIT extends VerdictIT {

    private static final String SECOND_ROBOT = "robot-b";
    private static final int RUNS = 30, RECORDS_PER_RUN = 4;
    private static final AtomicInteger QUEUED = new AtomicInteger();

    private Api admin;
    private Fleet fleet;
    private Runs runs;
    private Sandbox sandbox;

    @BeforeEach
    void prepare() {
        admin = Api.as(url, "admin", "admin");
        fleet = new Fleet(admin);
        runs = new Runs(Api.as(url, "operator", "operator"));
        sandbox = new Sandbox(url);
        runs.configureInvoiceCheckForTests(admin);
        fleet.license(LOCAL_ROBOT, "IT-LOCAL-LICENCE");
    }

    @AfterEach
    void restore() {
        fleet.unassign(SECOND_ROBOT);
        runs.configureInvoiceCheckForTests(admin);
    }

    @Test
    void twoRobotsShareTheQueueAndNeverRunTheSameRunTwice() {
        changeInvoiceCheck("{\"robot\":\"" + SECOND_ROBOT + "\",\"settings\":{\"timeoutMs\":\"3000\",\"portalUrl\":\""
                + url + "sandbox/api\"}}");
        long waiting = start("WAIT", 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> isPending(waiting));
        assertThat(runs.run(waiting).getString("pendingReason"))
                .isEqualTo("Robot not connected: robot robot-b: last seen never");

        try (ServerNode second =
                new ServerNode(SECOND_ROBOT, 300, ItDatabase.sharedDatabaseEnvironment(SECOND_ROBOT))) {
            second.start();

            assertThat(runs.awaitEnded(waiting).getString("robot"))
                    .as("the run started by itself once its robot connected")
                    .isEqualTo(SECOND_ROBOT);

            List<JsonObject> queued = queueThenRelease("{\"concurrentRuns\":true}", RUNS);

            Map<String, Long> runsPerRobot = queued.stream()
                    .collect(Collectors.groupingBy(run -> run.getString("robot"), Collectors.counting()));
            for (long runId :
                    queued.stream().map(run -> (long) run.getInt("id")).toList()) {
                assertThat(runs.items(runId, "")).allSatisfy(item -> {
                    assertThat(item.getString("result")).isEqualTo("OK");
                    assertThat(item.getInt("attempts")).isEqualTo(1);
                    assertThat(sandbox.submissions(item.getString("key")))
                            .as(item.getString("key") + " submitted once; runs per robot: " + runsPerRobot)
                            .isEqualTo(1);
                });
            }
            assertThat(runsPerRobot.keySet()).isSubsetOf(LOCAL_ROBOT, SECOND_ROBOT);

            List<JsonObject> oneAtATime = queueThenRelease("{\"concurrentRuns\":false}", 6);
            for (int i = 1; i < oneAtATime.size(); i++) {
                assertThat(Instant.parse(oneAtATime.get(i).getString("startedAt")))
                        .as("run %d started after run %d ended, whichever robot ran them", i, i - 1)
                        .isAfterOrEqualTo(Instant.parse(oneAtATime.get(i - 1).getString("endedAt")));
            }

            second.kill();
        }
        await().atMost(Duration.ofSeconds(40))
                .until(() -> fleet.robot(SECOND_ROBOT).getString("status").equals("DISCONNECTED"));
        assertThat(fleet.robot(SECOND_ROBOT).getString("connection"))
                .startsWith("robot robot-b: last seen ")
                .endsWith(" (disconnected after 15 s of silence)");
    }

    /**
     * Queues runs for a robot that does not exist, then gives the process to any robot, so that both robots find all
     * of them at their next dispatch; returns the runs once they ended, in the order they were created.
     */
    private List<JsonObject> queueThenRelease(String settings, int count) {
        changeInvoiceCheck("{\"robot\":\"ghost-robot\"}");
        changeInvoiceCheck(settings);
        List<Long> queued = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            queued.add(start("Q" + QUEUED.incrementAndGet(), RECORDS_PER_RUN));
        }
        changeInvoiceCheck("{\"robot\":null}");
        return queued.stream().map(runs::awaitEnded).toList();
    }

    private long start(String prefix, int records) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            String number = prefix + "-" + i;
            sandbox.invoice(number, "PENDING");
            lines.add(number + ",2026-11-02,10,12345678Z,Two Robots");
        }
        return runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                .getInt("id");
    }

    private boolean isPending(long runId) {
        return runs.run(runId).getString("state").equals("PENDING");
    }

    private void changeInvoiceCheck(String json) {
        Api.Response changed = admin.put("api/v1/processes/invoice-check", json);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }
}
