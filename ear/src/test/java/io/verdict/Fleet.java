package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The robots as an administrator sees and licenses them through the API. */
public final class Fleet {

    /** The robot of the server under test (VERDICT_ROBOT_NAME in the failsafe configuration). */
    public static final String LOCAL_ROBOT = "it-robot";

    private final Api admin;

    public Fleet(Api admin) {
        this.admin = admin;
    }

    public JsonObject robot(String name) {
        Api.Response robots = admin.get("api/v1/robots");
        assertThat(robots.status()).as(robots.body()).isEqualTo(200);
        return robots.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(robot -> robot.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no robot " + name + " in " + robots.body()));
    }

    /** Assigns a licence and returns the robot as the answer shows it. */
    public JsonObject license(String robot, String key, String expiresAt) {
        return put(robot, "{\"key\":\"" + key + "\",\"expiresAt\":\"" + expiresAt + "\"}");
    }

    /** Assigns a licence valid for a year. */
    public JsonObject license(String robot, String key) {
        return license(robot, key, Instant.now().plus(365, ChronoUnit.DAYS).toString());
    }

    public JsonObject unassign(String robot) {
        return put(robot, "{\"key\":null}");
    }

    private JsonObject put(String robot, String json) {
        Api.Response answer = admin.put("api/v1/robots/" + robot + "/licence", json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.object();
    }
}
