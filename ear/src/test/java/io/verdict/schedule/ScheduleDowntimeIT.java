package io.verdict.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.ItDatabase;
import io.verdict.Runs;
import io.verdict.Schedules;
import io.verdict.ServerNode;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server that is down when schedules fall due: when it comes back, a FIRE_ONCE schedule fires once, its ledger line
 * MISSED with the catch-up run, and a SKIP schedule stays missed. The node under test is a second server, killed the
 * hard way before the due time and started again after it.
 */
class ScheduleDowntimeIT extends VerdictIT {

    static final String NODE = "schedule-node";

    @Test
    void afterDowntimeFireOnceCatchesUpWithExactlyOneRunAndSkipDoesNot() {
        Map<String, String> environment = ItDatabase.secondNodeEnvironment(NODE);
        try (ServerNode node = new ServerNode(NODE, 400, environment)) {
            node.start();
            Api admin = Api.as(node.url(), "admin", "admin");
            Schedules schedules = new Schedules(admin);
            Schedules.inboxFile(
                    environment.get("VERDICT_DATA_DIR"),
                    ScheduleIT.PROCESS,
                    "while-down.csv",
                    ScheduleIT.ONE_KO_RECORD);
            Instant due = Schedules.nextMinute(Duration.ofSeconds(10));
            long fireOnce = schedules
                    .createDueAt(ScheduleIT.PROCESS, due, "\"misfire\":\"FIRE_ONCE\"")
                    .getInt("id");
            long skip = schedules
                    .createDueAt(ScheduleIT.PROCESS, due, "\"misfire\":\"SKIP\"")
                    .getInt("id");

            node.kill();
            await().atMost(Duration.ofSeconds(90)).until(() -> Instant.now().isAfter(due.plusSeconds(3)));
            node.start();

            JsonObject caughtUp = schedules.awaitFiring(fireOnce, Duration.ofSeconds(30));
            assertThat(Instant.parse(caughtUp.getString("dueAt"))).isEqualTo(due);
            assertThat(caughtUp.getString("status")).isEqualTo("MISSED");
            assertThat(caughtUp.getString("reason"))
                    .startsWith("Missed: the server was down at the due time.")
                    .contains("Fired once when the server came back");
            JsonObject run = new Runs(admin).run(caughtUp.getInt("runId"));
            assertThat(run.getString("trigger")).isEqualTo("SCHEDULER");
            assertThat(Instant.parse(run.getString("createdAt"))).isAfter(due);

            List<JsonObject> skipped = schedules.firings(skip);
            assertThat(skipped).singleElement().satisfies(line -> {
                assertThat(line.getString("status")).isEqualTo("MISSED");
                assertThat(line.isNull("runId")).isTrue();
                assertThat(line.getString("reason")).endsWith("Not fired (SKIP).");
            });
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> schedules.firings(fireOnce).size() == 1
                            && admin.get("api/v1/runs?trigger=SCHEDULER")
                                            .json()
                                            .asJsonArray()
                                            .size()
                                    == 1);
        }
    }
}
