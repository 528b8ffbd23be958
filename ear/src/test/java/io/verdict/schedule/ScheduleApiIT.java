package io.verdict.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.VerdictIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schedule API: times kept in GMT as entered, the preview in Madrid's time across a clock change, partial changes,
 * audit entries, and bad requests refused whole with the field at fault.
 */
class ScheduleApiIT extends VerdictIT {

    @Test
    void aScheduleIsKeptInGmtAndThePreviewShowsMadridsClockChangeAndSkipsExclusions() {
        Api admin = Api.as(url, "admin", "admin");
        JsonObject schedule = admin.post(
                        "api/v1/schedules",
                        "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"exclusions\":[\"2026-10-26\"],"
                                + "\"active\":false,\"misfire\":\"SKIP\"}")
                .object();
        long id = schedule.getInt("id");
        try {
            assertThat(schedule.getInt("hour")).isEqualTo(9);
            assertThat(schedule.getJsonArray("daysOfWeek")).hasSize(7);
            assertThat(schedule.isNull("nextFiring")).as("paused").isTrue();

            JsonArray preview = admin.get("api/v1/schedules/" + id + "/preview?count=3&from=2026-10-24T00:00:00Z")
                    .json()
                    .asJsonArray();

            assertThat(strings(preview, "utc"))
                    .containsExactly("2026-10-24T09:00:00Z", "2026-10-25T09:00:00Z", "2026-10-27T09:00:00Z");
            assertThat(strings(preview, "local"))
                    .containsExactly(
                            "2026-10-24T11:00:00+02:00", "2026-10-25T10:00:00+01:00", "2026-10-27T10:00:00+01:00");
            assertThat(strings(preview, "zone")).containsOnly("Europe/Madrid");
            assertThat(preview.stream().map(f -> f.asJsonObject().getBoolean("offsetChange")))
                    .containsExactly(false, true, false);
            assertThat(strings(
                            admin.get("api/v1/schedules/" + id + "/preview?count=1&zone=America/New_York"
                                            + "&from=2027-03-28T00:00:00Z")
                                    .json()
                                    .asJsonArray(),
                            "local"))
                    .containsExactly("2027-03-28T05:00:00-04:00");

            JsonObject changed = admin.put(
                            "api/v1/schedules/" + id, "{\"daysOfWeek\":[\"MON\",\"friday\"],\"active\":true}")
                    .object();
            assertThat(changed.getInt("hour"))
                    .as("absent fields keep their value")
                    .isEqualTo(9);
            assertThat(strings(changed.getJsonArray("daysOfWeek"))).containsExactly("MON", "FRI");
            assertThat(changed.getString("misfire")).isEqualTo("SKIP");
            assertThat(changed.getString("nextFiring")).endsWith("T09:00:00Z");
            JsonObject monthly =
                    admin.put("api/v1/schedules/" + id, "{\"dayOfMonth\":-1}").object();
            assertThat(monthly.getInt("dayOfMonth")).isEqualTo(-1);
            assertThat(monthly.getJsonArray("daysOfWeek"))
                    .as("a day of month replaces the days of week")
                    .hasSize(7);
        } finally {
            assertThat(admin.delete("api/v1/schedules/" + id).status()).isEqualTo(204);
        }

        List<String> audit = admin.get("api/v1/audit?limit=10").json().asJsonArray().stream()
                .map(entry -> entry.asJsonObject().getString("action") + " "
                        + entry.asJsonObject().getString("target"))
                .toList();
        assertThat(audit)
                .contains(
                        "SCHEDULE_CREATED schedule " + id + " of invoice-check",
                        "SCHEDULE_RESUMED schedule " + id + " of invoice-check",
                        "SCHEDULE_CHANGED schedule " + id + " of invoice-check",
                        "SCHEDULE_DELETED schedule " + id + " of invoice-check");
    }

    @Test
    void badSchedulesAreRefusedNamingTheFieldAndNothingIsCreated() {
        Api admin = Api.as(url, "admin", "admin");
        int before = admin.get("api/v1/schedules").json().asJsonArray().size();

        assertRefused(admin, "{\"process\":\"invoice-check\",\"hour\":24,\"minute\":0}", "hour");
        assertRefused(admin, "{\"process\":\"invoice-check\",\"minute\":0}", "hour");
        assertRefused(admin, "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":\"ten\"}", "minute");
        assertRefused(
                admin,
                "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"daysOfWeek\":[\"FUNDAY\"]}",
                "daysOfWeek");
        assertRefused(
                admin,
                "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"daysOfWeek\":[\"MON\"],\"dayOfMonth\":1}",
                "Give daysOfWeek or dayOfMonth");
        assertRefused(admin, "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"dayOfMonth\":32}", "dayOfMonth");
        assertRefused(
                admin,
                "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"exclusions\":[\"2026-12-25\",\"2027-02-30\"]}",
                "exclusions[1]");
        assertRefused(
                admin,
                "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"exclusions\":[\"<script>alert(1)</script>\"]}",
                "exclusions[0]");
        assertRefused(
                admin,
                "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"robot\":\"=HYPERLINK(\\\"x\\\")\"}",
                "robot");
        assertRefused(
                admin, "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"misfire\":\"LATER\"}", "misfire");
        assertRefused(admin, "{\"process\":\"no-such-process\",\"hour\":9,\"minute\":0}", "process");
        assertRefused(
                admin, "{\"process\":\"invoice-check\",\"hours\":9,\"minute\":0}", "hours is not a schedule field");
        assertRefused(admin, "{\"process\":\"invoice-check\",\"hour\":9,", "");

        assertThat(admin.get("api/v1/schedules").json().asJsonArray()).hasSize(before);
        assertThat(admin.get("api/v1/schedules/987654").status()).isEqualTo(404);
        assertThat(admin.get("api/v1/schedules/987654/firings").status()).isEqualTo(404);
        assertThat(admin.delete("api/v1/schedules/987654").status()).isEqualTo(404);
        assertThat(Api.as(url, "operator", "operator")
                        .post("api/v1/schedules", "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0}")
                        .status())
                .as("only administrators change schedules")
                .isEqualTo(403);
    }

    @Test
    void aPreviewRefusesAnUnknownZoneOrABadCount() {
        Api admin = Api.as(url, "admin", "admin");
        long id = admin.post(
                        "api/v1/schedules", "{\"process\":\"invoice-check\",\"hour\":9,\"minute\":0,\"active\":false}")
                .object()
                .getInt("id");
        try {
            Api.Response zone = admin.get("api/v1/schedules/" + id + "/preview?zone=Mars/Olympus");
            assertThat(zone.status()).isEqualTo(400);
            assertThat(zone.object().getString("detail")).startsWith("zone:");
            assertThat(admin.get("api/v1/schedules/" + id + "/preview?count=0").status())
                    .isEqualTo(400);
            assertThat(admin.get("api/v1/schedules/" + id + "/preview?count=101")
                            .status())
                    .isEqualTo(400);
            assertThat(admin.get("api/v1/schedules/" + id + "/preview?from=yesterday")
                            .object()
                            .getString("detail"))
                    .startsWith("from:");
        } finally {
            admin.delete("api/v1/schedules/" + id);
        }
    }

    private static void assertRefused(Api admin, String body, String detail) {
        Api.Response response = admin.post("api/v1/schedules", body);
        assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
        assertThat(response.object().getString("detail")).as(body).startsWith(detail);
    }

    private static List<String> strings(JsonArray array, String field) {
        return array.stream().map(v -> v.asJsonObject().getString(field)).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }
}
