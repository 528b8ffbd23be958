package io.verdict.robot;

import static io.verdict.Fleet.LOCAL_ROBOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Fleet;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/robots}: this server's robot heartbeats; administrators give licences, and are audited. */
class RobotApiIT extends VerdictIT {

    private Api admin;
    private Fleet fleet;

    @BeforeEach
    void signIn() {
        admin = Api.as(url, "admin", "admin");
        fleet = new Fleet(admin);
    }

    @AfterEach
    void takeBackTheTestLicence() {
        admin.put("api/v1/robots/pre-installed/licence", "{\"key\":null}");
    }

    @Test
    void theLocalRobotIsConnectedWithItsVersionSystemAndLicence() {
        fleet.license(LOCAL_ROBOT, "IT-LOCAL-LICENCE");

        JsonObject robot = new Fleet(Api.as(url, "viewer", "viewer")).robot(LOCAL_ROBOT);

        assertThat(robot.getString("status")).isEqualTo("CONNECTED");
        assertThat(robot.getString("version")).isNotBlank();
        assertThat(robot.getString("os")).startsWith(System.getProperty("os.name"));
        assertThat(Duration.between(Instant.parse(robot.getString("lastSeen")), Instant.now()))
                .isLessThan(Duration.ofSeconds(15));
        assertThat(robot.getJsonObject("licence").getString("status")).isEqualTo("ACTIVE");
        assertThat(robot.getJsonObject("licence").getString("keyHint")).isEqualTo("…ENCE");
        assertThat(robot.toString()).doesNotContain("IT-LOCAL-LICENCE");
    }

    @Test
    void aRobotLicensedBeforeItsMachineConnectsIsListedAsNeverSeen() {
        JsonObject robot = fleet.license("pre-installed", "IT-PRE-0001", "2030-06-30");

        assertThat(robot.getString("status")).isEqualTo("DISCONNECTED");
        assertThat(robot.isNull("lastSeen")).isTrue();
        assertThat(robot.getString("connection")).isEqualTo("robot pre-installed: last seen never");
        assertThat(robot.getJsonObject("licence").getString("expiresAt")).isEqualTo("2030-06-30T00:00:00Z");
    }

    @Test
    void robotNamesDoNotDependOnCase() {
        JsonObject robot = fleet.license("Pre-Installed", "IT-CASE-0001");

        assertThat(robot.getString("name")).isEqualTo("pre-installed");
        assertThat(fleet.robot("pre-installed").getJsonObject("licence").getString("keyHint"))
                .isEqualTo("…0001");
    }

    @Test
    void takingALicenceFromARobotNobodyKnowsIsNotFound() {
        Api.Response answer = admin.put("api/v1/robots/nobody-knows-me/licence", "{\"key\":null}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(admin.get("api/v1/robots").body()).doesNotContain("nobody-knows-me");
    }

    @Test
    void aLicenceKeyBelongsToOneRobotAtATime() {
        fleet.license("pre-installed", "IT-SHARED-KEY");

        Api.Response second = admin.put(
                "api/v1/robots/second-holder/licence", "{\"key\":\"IT-SHARED-KEY\",\"expiresAt\":\"2030-01-01\"}");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.object().getString("detail")).contains("already assigned to robot pre-installed");
    }

    @Test
    void onlyAnAdministratorGivesLicences() {
        Api.Response byOperator =
                Api.as(url, "operator", "operator").put("api/v1/robots/" + LOCAL_ROBOT + "/licence", "{\"key\":null}");

        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(fleet.robot(LOCAL_ROBOT).getJsonObject("licence").getString("status"))
                .isNotEqualTo("NOT_ASSIGNED");
    }

    @Test
    void badLicencesAreRefusedNamingTheField() {
        assertThat(refusal("pre-installed", "{\"key\":\"<script>alert(1)</script>\",\"expiresAt\":\"2030-01-01\"}"))
                .startsWith("key:");
        assertThat(refusal("pre-installed", "{\"key\":\"IT-KEY-0001\",\"expiresAt\":\"next friday\"}"))
                .startsWith("expiresAt:")
                .contains("next friday");
        assertThat(refusal("pre-installed", "{\"key\":\"IT-KEY-0001\"}")).startsWith("expiresAt: required");
        assertThat(refusal("bad%20name!", "{\"key\":null}")).contains("is not a robot name");
        assertThat(refusal("pre-installed", "{\"key\":")).startsWith("The body is not the JSON this call expects");
        assertThat(refusal("pre-installed", "{\"expiresAt\":\"2030-01-01\"}")).contains("{\"key\":null}");
        assertThat(refusal("pre-installed", "{\"key\":\"IT-KEY-0001\",\"expiresAt\":\"+10000-01-01T00:00:00Z\"}"))
                .contains("after the year 9999");
        assertThat(refusal("pre-installed", "{\"key\":\"=1+2-HYPERLINK\",\"expiresAt\":\"2030-01-01\"}"))
                .startsWith("key:");
        assertThat(admin.get("api/v1/robots").body()).doesNotContain("bad name");
    }

    @Test
    void processSettingsRefuseARobotOrMinimumVersionThatCannotBe() {
        Api.Response answer = admin.put(
                "api/v1/processes/invoice-check", "{\"robot\":\"<b>x</b>\",\"minRobotVersion\":\"=HYPERLINK(1)\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.object().getString("detail"))
                .contains("robot: \"<b>x</b>\" is not a robot name")
                .contains("minRobotVersion: \"=HYPERLINK(1)\" is not a version");
    }

    @Test
    void licenceAndAssignmentChangesAreAudited() {
        fleet.license("pre-installed", "IT-AUDIT-0001", "2030-01-01");
        fleet.unassign("pre-installed");
        assertThat(admin.put("api/v1/processes/http-per-record", "{\"robot\":\"pre-installed\"}")
                        .status())
                .isEqualTo(200);
        assertThat(admin.put("api/v1/processes/http-per-record", "{\"robot\":null}")
                        .status())
                .isEqualTo(200);

        List<String> entries =
                admin.get("api/v1/audit?limit=20").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                        .map(entry -> String.join(
                                " | ",
                                entry.getString("user"),
                                entry.getString("action"),
                                entry.getString("target"),
                                entry.getString("detail")))
                        .toList();

        assertThat(entries)
                .containsSubsequence(
                        "admin | ROBOT_ASSIGNED | process http-per-record | robot pre-installed → any robot",
                        "admin | ROBOT_ASSIGNED | process http-per-record | any robot → robot pre-installed",
                        "admin | LICENCE_UNASSIGNED | robot pre-installed | licence …0001",
                        "admin | LICENCE_ASSIGNED | robot pre-installed | licence …0001, expires 2030-01-01T00:00:00Z");
        assertThat(Api.as(url, "viewer", "viewer").get("api/v1/audit").status()).isEqualTo(403);
    }

    private String refusal(String robot, String json) {
        Api.Response answer = admin.put("api/v1/robots/" + robot + "/licence", json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.object().getString("detail");
    }
}
