package io.verdict.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Management;
import io.verdict.Runs;
import io.verdict.Schedules;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Schedules fire on their persistent EJB timers at their GMT time, as the "Scheduler", reading the process's inbox; a
 * paused or deleted schedule has no timer and does not fire. Every schedule here is due at the same coming minute, so
 * the suite waits for one minute only.
 */
class ScheduleIT extends VerdictIT {

    static final String PROCESS = "invoice-check";

    /** A record the data rules refuse (KO): the run ends without calling any target system. */
    static final String ONE_KO_RECORD = Runs.INVOICE_HEADER + "\nSCH-1,2026-11-02,10,NOT-A-TAX-ID,Scheduled\n";

    @ArquillianResource
    ManagementClient management;

    private Api admin;
    private Schedules schedules;

    @BeforeEach
    void setUp() {
        admin = Api.as(url, "admin", "admin");
        schedules = new Schedules(admin);
    }

    @AfterEach
    void deleteSchedules() {
        schedules.deleteAll();
    }

    @Test
    void aScheduleDueNextMinuteFiresOnceAsTheSchedulerWithinTwoSecondsAndPausedOrDeletedOnesDoNot() {
        Instant due = Schedules.nextMinute(Duration.ofSeconds(15));
        String dataDir = System.getenv("VERDICT_DATA_DIR");
        Schedules.inboxFile(dataDir, PROCESS, "scheduled.csv", ONE_KO_RECORD);
        long firing = schedules.createDueAt(PROCESS, due, "").getInt("id");
        long paused = schedules.createDueAt(PROCESS, due, "").getInt("id");
        long deleted = schedules.createDueAt(PROCESS, due, "").getInt("id");
        assertThat(admin.put("api/v1/schedules/" + paused, "{\"active\":false}").status())
                .isEqualTo(200);
        assertThat(admin.delete("api/v1/schedules/" + deleted).status()).isEqualTo(204);

        assertThat(new Management(management).timerInfos("stateless-session-bean", "ScheduleTimers"))
                .as("one timer per active schedule; none for the paused or the deleted one")
                .contains("Verdict schedule " + firing + ", revision 1")
                .noneMatch(info -> info.startsWith("Verdict schedule " + paused + ","))
                .noneMatch(info -> info.startsWith("Verdict schedule " + deleted + ","));

        JsonObject line = schedules.awaitFiring(firing, Duration.ofSeconds(100));
        assertThat(Instant.parse(line.getString("dueAt"))).isEqualTo(due);
        assertThat(line.getString("status")).isEqualTo("FIRED");
        JsonObject run = new Runs(admin).run(line.getInt("runId"));
        assertThat(run.getString("trigger")).isEqualTo("SCHEDULER");
        assertThat(run.getString("runBy")).isEqualTo("Scheduler");
        assertThat(Duration.between(due, Instant.parse(run.getString("createdAt"))))
                .as("due time → run created")
                .isBetween(Duration.ZERO, Duration.ofSeconds(2));

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> schedules.firings(firing).size() == 1);
        assertThat(schedulerRunsCreatedInTheMinuteOf(due)).as("one run").hasSize(1);
        assertThat(schedules.firings(paused)).isEmpty();
        assertThat(admin.get("api/v1/schedules/" + deleted).status()).isEqualTo(404);
    }

    @Test
    void aScheduledRunForAnUnavailableRobotWaitsWithItsReasonAndAPausedScheduleHoldsIt() {
        Instant due = Schedules.nextMinute(Duration.ofSeconds(15));
        Schedules.inboxFile(System.getenv("VERDICT_DATA_DIR"), PROCESS, "for-ghost.csv", ONE_KO_RECORD);
        long ghost =
                schedules.createDueAt(PROCESS, due, "\"robot\":\"ghost-robot\"").getInt("id");

        JsonObject line = schedules.awaitFiring(ghost, Duration.ofSeconds(100));
        Runs runs = new Runs(admin);
        long runId = line.getInt("runId");
        assertThat(runs.run(runId).getString("state")).isEqualTo("PENDING");
        assertThat(runs.run(runId).getString("pendingReason"))
                .startsWith("Robot not connected")
                .contains("ghost-robot");
        assertThat(check(runId, "ROBOT_ASSIGNED")).contains("assigned to robot ghost-robot by its schedule");
        assertThat(check(runId, "SCHEDULE_ACTIVE")).isEqualTo("schedule " + ghost + " is active");

        assertThat(admin.put("api/v1/schedules/" + ghost, "{\"active\":false}").status())
                .isEqualTo(200);

        assertThat(check(runId, "SCHEDULE_ACTIVE"))
                .isEqualTo("schedule " + ghost + " is paused: the run starts when the schedule is resumed");
        assertThat(admin.post("api/v1/runs/" + runId + "/stop", "{\"mode\":\"FINISH\",\"pending\":\"FAILED\"}")
                        .status())
                .isEqualTo(200);
    }

    private String check(long runId, String check) {
        return admin.get("api/v1/runs/" + runId + "/diagnosis").object().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(line -> line.getString("check").equals(check))
                .findFirst()
                .orElseThrow()
                .getString("evidence");
    }

    private List<JsonObject> schedulerRunsCreatedInTheMinuteOf(Instant due) {
        return admin
                .get("api/v1/runs?trigger=SCHEDULER&from=" + due + "&to=" + due.plusSeconds(60))
                .json()
                .asJsonArray()
                .stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }
}
