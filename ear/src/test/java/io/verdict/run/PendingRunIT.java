package io.verdict.run;

import static io.verdict.Fleet.LOCAL_ROBOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Fleet;
import io.verdict.InvoiceRunIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run that cannot start stays PENDING and says why, with the checklist; once the cause is fixed it starts by itself,
 * without anyone starting it again.
 */
class PendingRunIT extends InvoiceRunIT {

    private static final AtomicInteger INVOICES = new AtomicInteger();

    private Fleet fleet;
    private final List<String> ghosts = new ArrayList<>();

    @BeforeEach
    void licensedLocalRobot() {
        fleet = new Fleet(admin);
        fleet.license(LOCAL_ROBOT, "IT-LOCAL-LICENCE");
    }

    @AfterEach
    void restore() {
        ghosts.forEach(fleet::unassign);
        fleet.license(LOCAL_ROBOT, "IT-LOCAL-LICENCE");
        runs.configureInvoiceCheckForTests(admin);
        sandbox.latency(0);
    }

    @Test
    void aRunForARobotThatIsNotConnectedWaitsUntilTheProcessIsGivenToOneThatIs() {
        changeProcess("{\"robot\":\"ghost-robot\"}");

        JsonObject run = startRun();

        JsonObject diagnosis = staysPending(run);
        assertThat(pendingReason(run)).isEqualTo("Robot not connected: robot ghost-robot: last seen never");
        assertThat(line(diagnosis, 0).getString("check")).isEqualTo("ROBOT_CONNECTED");
        assertThat(line(diagnosis, 0).getBoolean("passed")).isFalse();
        assertThat(line(diagnosis, 1).getString("evidence")).contains("ghost-robot, which never connected");

        changeProcess("{\"robot\":\"" + LOCAL_ROBOT + "\"}");

        assertThat(runs.awaitEnded(run.getInt("id")).getString("robot")).isEqualTo(LOCAL_ROBOT);
    }

    @Test
    void aRunWaitsWhileTheLicenceIsExpiredAndStartsWhenItIsRenewed() {
        JsonObject expired = fleet.license(LOCAL_ROBOT, "IT-EXPIRED-0001", "2026-01-01");
        assertThat(expired.getJsonObject("licence").getString("status")).isEqualTo("EXPIRED");

        JsonObject run = startRun();

        JsonObject diagnosis = staysPending(run);
        assertThat(pendingReason(run)).isEqualTo("No active licence: robot it-robot: licence …0001 expired 2026-01-01");
        assertThat(failedChecks(diagnosis)).containsExactly("LICENCE");

        fleet.license(LOCAL_ROBOT, "IT-RENEWED-0002");

        assertThat(runs.awaitEnded(run.getInt("id")).getInt("ok")).isEqualTo(1);
    }

    @Test
    void aRunWaitsForARobotOfTheMinimumVersionAndStartsWhenTheMinimumIsLowered() {
        changeProcess("{\"minRobotVersion\":\"99.0\"}");

        JsonObject run = startRun();

        JsonObject diagnosis = staysPending(run);
        assertThat(pendingReason(run))
                .startsWith("Robot version below the process's minimum: robot it-robot: version ")
                .endsWith(", below the minimum 99.0");
        assertThat(failedChecks(diagnosis)).containsExactly("ROBOT_VERSION");

        changeProcess("{\"minRobotVersion\":\"0.0.1\"}");

        runs.awaitEnded(run.getInt("id"));
    }

    @Test
    void aRobotOverThePlanLimitWaitsUntilAnotherRobotGivesUpItsLicence() {
        fleet.unassign(LOCAL_ROBOT);
        String lastInPlan = fillThePlanWithGhosts();
        JsonObject over = fleet.license(LOCAL_ROBOT, "IT-LOCAL-LICENCE");
        assertThat(over.getJsonObject("licence").getString("status")).isEqualTo("ROBOT_LIMIT_REACHED");

        JsonObject run = startRun();

        JsonObject diagnosis = staysPending(run);
        assertThat(pendingReason(run))
                .startsWith("No active licence: robot it-robot: licence …ENCE is over the plan's limit of 3 licensed"
                        + " robots (held by ")
                .contains(lastInPlan);
        assertThat(failedChecks(diagnosis)).containsExactly("LICENCE");

        fleet.unassign(lastInPlan);

        assertThat(runs.awaitEnded(run.getInt("id")).getString("robot")).isEqualTo(LOCAL_ROBOT);
    }

    @Test
    void aSecondRunWaitsForTheFirstWhenTheProcessRunsOneAtATime() {
        sandbox.latency(250);
        JsonObject first = startRun(20);
        runs.awaitState(first.getInt("id"), "RUNNING");

        JsonObject second = startRun();

        JsonObject diagnosis = staysPending(second);
        assertThat(pendingReason(second))
                .startsWith("Another run of this process is still running: run #" + first.getInt("number")
                        + " is RUNNING on robot it-robot since ");
        assertThat(failedChecks(diagnosis)).containsExactly("NO_OTHER_RUN");

        runs.awaitEnded(first.getInt("id"));

        runs.awaitEnded(second.getInt("id"));
        assertThat(Instant.parse(runs.run(second.getInt("id")).getString("startedAt")))
                .isAfterOrEqualTo(Instant.parse(runs.run(first.getInt("id")).getString("endedAt")));
    }

    @Test
    void runsOfAProcessThatAllowsConcurrentRunsExecuteTogether() {
        changeProcess("{\"concurrentRuns\":true}");
        sandbox.latency(150);
        JsonObject first = startRun(20);
        runs.awaitState(first.getInt("id"), "RUNNING");

        JsonObject second = startRun(20);

        runs.awaitState(second.getInt("id"), "RUNNING", "COMPLETED");
        assertThat(runs.run(first.getInt("id")).getString("state")).isEqualTo("RUNNING");
        runs.awaitEnded(first.getInt("id"));
        runs.awaitEnded(second.getInt("id"));
    }

    @Test
    void aStartedRunPassesEveryCheck() {
        JsonObject run = startRun();
        runs.awaitEnded(run.getInt("id"));

        JsonObject diagnosis = diagnosis(run);

        assertThat(diagnosis.isNull("pendingReason")).isTrue();
        assertThat(diagnosis.getBoolean("ready")).isTrue();
        assertThat(failedChecks(diagnosis)).isEmpty();
        assertThat(diagnosis.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(line -> line.getString("check"))
                .containsExactly(
                        "ROBOT_CONNECTED",
                        "ROBOT_ASSIGNED",
                        "ROBOT_VERSION",
                        "LICENCE",
                        "NO_OTHER_RUN",
                        "SCHEDULE_ACTIVE");
    }

    @Test
    void theDiagnosisOfAnUnknownRunIsNotFound() {
        Api.Response answer = operator.get("api/v1/runs/987654321/diagnosis");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.object().getString("detail")).contains("987654321");
    }

    /** Licenses ghost robots until the plan is full; returns the ghost that filled it. */
    private String fillThePlanWithGhosts() {
        for (int i = 1; i <= 5; i++) {
            String ghost = "ghost-" + i;
            ghosts.add(ghost);
            if (fleet.license(ghost, "IT-GHOST-000" + i)
                    .getJsonObject("licence")
                    .getString("status")
                    .equals("ROBOT_LIMIT_REACHED")) {
                fleet.unassign(ghost);
                return ghosts.get(ghosts.size() - 2);
            }
        }
        throw new AssertionError("the plan never filled up: " + ghosts);
    }

    private JsonObject startRun() {
        return startRun(1);
    }

    private JsonObject startRun(int records) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            String number = "PEND-" + INVOICES.incrementAndGet();
            sandbox.invoice(number, "PENDING");
            lines.add(number + ",2026-11-02,10,12345678Z,Pending Test");
        }
        return runs.startCsv("invoice-check", false, lines.toArray(String[]::new));
    }

    private void changeProcess(String json) {
        Api.Response changed = admin.put("api/v1/processes/invoice-check", json);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    /** Checks that the run stays PENDING for a few dispatches, and returns its diagnosis. */
    private JsonObject staysPending(JsonObject run) {
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> runs.run(run.getInt("id")).getString("state").equals("PENDING"));
        JsonObject diagnosis = diagnosis(run);
        assertThat(diagnosis.getBoolean("ready")).isFalse();
        assertThat(diagnosis.getString("pendingReason")).isEqualTo(pendingReason(run));
        return diagnosis;
    }

    private String pendingReason(JsonObject run) {
        return runs.run(run.getInt("id")).getString("pendingReason");
    }

    private JsonObject diagnosis(JsonObject run) {
        Api.Response diagnosis = operator.get("api/v1/runs/" + run.getInt("id") + "/diagnosis");
        assertThat(diagnosis.status()).as(diagnosis.body()).isEqualTo(200);
        return diagnosis.object();
    }

    private static JsonObject line(JsonObject diagnosis, int index) {
        return diagnosis.getJsonArray("checks").getJsonObject(index);
    }

    private static List<String> failedChecks(JsonObject diagnosis) {
        return diagnosis.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(line -> !line.getBoolean("passed"))
                .map(line -> line.getString("check"))
                .toList();
    }
}
