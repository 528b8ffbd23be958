package io.verdict.robot;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Fleet;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An external robot's credentials: an admin makes a token of role robot bound to one robot name; with it the robot
 * heartbeats, registers and shows as connected on the Robots list like a server node, and may do nothing else: every
 * other call, and a call for another robot, is a 403 saying why.
 */
class RobotTokenIT extends VerdictIT {

    @AfterEach
    void deleteTokens() {
        Api admin = Api.as(url, "admin", "admin");
        admin.get("api/v1/tokens").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(token -> token.getString("role").equals("robot"))
                .forEach(token -> admin.delete("api/v1/tokens/" + token.getInt("id")));
    }

    @Test
    void aRobotTokenHeartbeatsForItsRobotAndTheRobotIsListedAsConnected() {
        Api admin = Api.as(url, "admin", "admin");
        Api.Response made =
                admin.post("api/v1/tokens", "{\"name\":\"desk-07\",\"role\":\"robot\",\"robot\":\"WIN-Desk-07\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.object().getString("role")).isEqualTo("robot");
        assertThat(made.object().getString("robot"))
                .as("robot names do not depend on case")
                .isEqualTo("win-desk-07");
        Api robot = Api.withAuthorization(url, "Bearer " + made.object().getString("token"));

        Api.Response beat = robot.post(
                "api/v1/robots/win-desk-07/heartbeat",
                "{\"version\":\"3.1.0\",\"os\":\"Windows 11 Pro 23H2\",\"capabilities\":[\"supplier-onboarding\"]}");

        assertThat(beat.status()).as(beat.body()).isEqualTo(200);
        assertThat(beat.object().getString("status")).isEqualTo("CONNECTED");
        JsonObject listed = admin.get("api/v1/robots").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("name").equals("win-desk-07"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.getString("version")).isEqualTo("3.1.0");
        assertThat(listed.getString("os")).isEqualTo("Windows 11 Pro 23H2");
        assertThat(listed.getString("status")).isEqualTo("CONNECTED");
        assertThat(listed.getJsonArray("capabilities").getValuesAs(JsonString::getString))
                .containsExactly("supplier-onboarding");
        assertThat(listed.getJsonObject("licence").getString("status"))
                .as("a robot that called in is licensed like a server node: not yet")
                .isNotEqualTo("ACTIVE");
    }

    @Test
    void aRobotTokenIsRefusedEveryOtherCallAndAnotherRobotsName() {
        Api admin = Api.as(url, "admin", "admin");
        String secret = admin.post(
                        "api/v1/tokens", "{\"name\":\"desk-08\",\"role\":\"robot\",\"robot\":\"win-desk-08\"}")
                .object()
                .getString("token");
        Api robot = Api.withAuthorization(url, "Bearer " + secret);

        Api.Response processes = robot.get("api/v1/processes");
        assertThat(processes.status()).isEqualTo(403);
        assertThat(processes.object().getString("detail")).contains("robot calls");
        assertThat(robot.get("api/v1/robots").status()).isEqualTo(403);
        assertThat(robot.get("api/v1/robots/win-desk-08/heartbeat").status())
                .as("the robot calls are POSTs")
                .isEqualTo(403);
        assertThat(robot.put("api/v1/robots/win-desk-08/licence", "{\"key\":\"STOLEN\"}")
                        .status())
                .isEqualTo(403);
        Api.Response other = robot.post("api/v1/robots/win-desk-07/heartbeat", "{\"version\":\"3.1.0\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.object().getString("detail"))
                .contains("acts for robot win-desk-08, not for robot win-desk-07");

        Api.Response badVersion = robot.post("api/v1/robots/win-desk-08/heartbeat", "{\"version\":\"three\"}");
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(badVersion.object().getString("detail")).startsWith("version:");
        Api.Response unknownField =
                robot.post("api/v1/robots/win-desk-08/heartbeat", "{\"version\":\"1.0\",\"colour\":\"red\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.object().getString("detail")).contains("colour");
        assertThat(Api.as(url, "admin", "admin")
                        .post("api/v1/robots/win-desk-08/heartbeat", "{\"version\":\"1.0\"}")
                        .status())
                .as("only a robot's token heartbeats for an external robot")
                .isEqualTo(403);
    }

    @Test
    void aRobotTokenNamesItsRobotAndOnlyARobotTokenDoes() {
        Api admin = Api.as(url, "admin", "admin");

        Api.Response noRobot = admin.post("api/v1/tokens", "{\"name\":\"desk-09\",\"role\":\"robot\"}");
        Api.Response badRobot =
                admin.post("api/v1/tokens", "{\"name\":\"desk-09\",\"role\":\"robot\",\"robot\":\"desk 09\"}");
        Api.Response viewerWithRobot =
                admin.post("api/v1/tokens", "{\"name\":\"desk-09\",\"role\":\"viewer\",\"robot\":\"desk-09\"}");

        assertThat(noRobot.status()).isEqualTo(400);
        assertThat(noRobot.object().getString("detail")).startsWith("robot: name the robot");
        assertThat(badRobot.status()).isEqualTo(400);
        assertThat(badRobot.object().getString("detail")).contains("\"desk 09\" is not a robot name");
        assertThat(viewerWithRobot.status()).isEqualTo(400);
        assertThat(viewerWithRobot.object().getString("detail")).contains("only a token of role robot");
        Api.Response serverNode = admin.post(
                "api/v1/tokens", "{\"name\":\"impostor\",\"role\":\"robot\",\"robot\":\"" + Fleet.LOCAL_ROBOT + "\"}");
        assertThat(serverNode.status())
                .as("an external robot never speaks for a server node, which would then never be taken for dead")
                .isEqualTo(409);
        assertThat(serverNode.object().getString("detail")).contains("is a Verdict server node");
    }
}
