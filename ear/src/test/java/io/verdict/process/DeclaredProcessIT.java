package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.Schedules;
import io.verdict.VerdictIT;
import io.verdict.audit.AuditAction;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/processes}: a process declared from the {@code http-per-record} template, with no Java and no
 * redeploy, is validated whole, runs, exports and relaunches like a shipped one, and a schedule starts it from its inbox;
 * retired it takes no new runs (a schedule's firing says why), and it can be deleted only while it has none.
 */
class DeclaredProcessIT extends VerdictIT {

    /** Names unique to this test run: the MariaDB variant keeps its database between the suite's classes. */
    private static final String SUFFIX = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void aDeclaredProcessRunsExportsAndRelaunchesLikeAShippedOne() {
        Api admin = Api.as(url, "admin", "admin");
        Api operator = Api.as(url, "operator", "operator");
        new Sandbox(url).invoice("DP-OK-" + SUFFIX, "PENDING").invoice("DP-PAID-" + SUFFIX, "PAID");
        String name = "supplier-invoices-" + SUFFIX;

        Api.Response declared = admin.post("api/v1/processes", declaration(name, "http-per-record"));

        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declared.header("Location")).endsWith("processes/" + name);
        JsonObject process = declared.object();
        assertThat(process.getString("template")).isEqualTo("http-per-record");
        assertThat(process.getString("description")).isEqualTo("Submits supplier invoices");
        assertThat(process.getJsonArray("columns").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Invoice", "Supplier");
        assertThat(process.getString("keyColumn")).as("spelled as in columns").isEqualTo("Invoice");
        assertThat(process.getBoolean("active")).isTrue();
        assertThat(process.getInt("maxAttempts")).isEqualTo(2);
        assertThat(process.getJsonObject("settings").getString("method"))
                .as("the template's default")
                .isEqualTo("POST");
        assertThat(listed(operator)).containsKey(name);
        assertThat(auditTargets(admin, AuditAction.PROCESS_CREATED)).contains("process " + name);
        assertThat(Path.of(System.getenv("VERDICT_DATA_DIR"), "inbox", name))
                .as("its inbox folder, ready for files")
                .isDirectory();

        Api.Response wrongColumns =
                operator.post("api/v1/processes/" + name + "/runs", "text/csv", csv("Invoice,Amount", "DP-X,10"));
        assertThat(wrongColumns.status()).isEqualTo(400);
        assertThat(wrongColumns.object().getString("detail")).contains("Supplier");

        Runs runs = new Runs(operator);
        JsonObject run = runs.awaitEnded(runs.startCsvWithHeader(
                        name, false, "Invoice,Supplier", "DP-OK-" + SUFFIX + ",Acme", "DP-PAID-" + SUFFIX + ",Globex")
                .getInt("id"));

        Map<String, JsonObject> items = runs.itemsByKey(run.getInt("id"));
        assertThat(items.get("DP-OK-" + SUFFIX).getString("result")).isEqualTo("OK");
        assertThat(items.get("DP-PAID-" + SUFFIX).getString("result")).isEqualTo("KO");
        assertThat(run.getString("process")).isEqualTo(name);
        Api.Response export = operator.get("api/v1/runs/" + run.getInt("id") + "/export?results=KO");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).contains("spreadsheetml");
        Api.Response relaunched =
                operator.post("api/v1/runs/" + run.getInt("id") + "/relaunch", "{\"mode\":\"FAILED\"}");
        assertThat(relaunched.status()).as(relaunched.body()).isEqualTo(201);
        JsonObject child = runs.awaitEnded(relaunched.object().getInt("id"));
        assertThat(child.getInt("total")).as("the KO record only").isEqualTo(1);
        assertThat(child.getInt("ko")).isEqualTo(1);
    }

    @Test
    void aRetiredProcessTakesNoNewRunsAndOnlyOneThatNeverRanCanBeDeleted() {
        Api admin = Api.as(url, "admin", "admin");
        Api operator = Api.as(url, "operator", "operator");
        String unused = "unused-" + SUFFIX;
        String retired = "retired-" + SUFFIX;
        declare(admin, unused);
        declare(admin, retired);
        Runs runs = new Runs(operator);
        runs.awaitEnded(runs.startCsvWithHeader(retired, true, "Invoice,Supplier", "DP-DRY,Acme")
                .getInt("id"));

        assertThat(admin.delete("api/v1/processes/" + unused).status()).isEqualTo(204);
        assertThat(listed(operator)).doesNotContainKey(unused);
        assertThat(auditTargets(admin, AuditAction.PROCESS_DELETED)).contains("process " + unused);
        Api.Response withRuns = admin.delete("api/v1/processes/" + retired);
        assertThat(withRuns.status()).isEqualTo(409);
        assertThat(withRuns.object().getString("detail")).contains("1 runs").contains("\"active\":false");
        Api.Response shipped = admin.delete("api/v1/processes/invoice-check");
        assertThat(shipped.status()).isEqualTo(409);
        assertThat(shipped.object().getString("detail")).contains("shipped");
        assertThat(admin.delete("api/v1/processes/no-such-" + SUFFIX).status()).isEqualTo(404);
        assertThat(operator.delete("api/v1/processes/" + retired).status()).isEqualTo(403);

        Api.Response retiring = admin.put("api/v1/processes/" + retired, "{\"active\":false}");
        assertThat(retiring.status()).isEqualTo(200);
        assertThat(retiring.object().getBoolean("active")).isFalse();
        assertThat(auditTargets(admin, AuditAction.PROCESS_RETIRED)).contains("process " + retired);
        Api.Response refused = operator.post(
                "api/v1/processes/" + retired + "/runs", "text/csv", csv("Invoice,Supplier", "DP-2,Acme"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("detail")).contains("retired").contains("\"active\":true");
        assertThat(listed(operator).get(retired).getBoolean("active"))
                .as("a retired process is still listed, with its history")
                .isFalse();

        assertThat(admin.put("api/v1/processes/" + retired, "{\"active\":true}").status())
                .isEqualTo(200);
        assertThat(runs.startCsvWithHeader(retired, true, "Invoice,Supplier", "DP-3,Acme")
                        .getString("state"))
                .isEqualTo("PENDING");
    }

    @Test
    void aScheduleStartsADeclaredProcessFromItsInboxAndARetiredProcessEntersItsRefusal() {
        Api admin = Api.as(url, "admin", "admin");
        String scheduled = "scheduled-" + SUFFIX;
        String retired = "scheduled-retired-" + SUFFIX;
        declare(admin, scheduled);
        declare(admin, retired);
        assertThat(admin.put("api/v1/processes/" + retired, "{\"active\":false}")
                        .status())
                .isEqualTo(200);
        String dataDir = System.getenv("VERDICT_DATA_DIR");
        Schedules.inboxFile(dataDir, scheduled, "due.csv", "Invoice,Supplier\nDP-SCHEDULED,Acme\n");
        Schedules.inboxFile(dataDir, retired, "due.csv", "Invoice,Supplier\nDP-RETIRED,Acme\n");
        Schedules schedules = new Schedules(admin);
        try {
            Instant due = Schedules.nextMinute(Duration.ofSeconds(10));
            long firing = schedules.createDueAt(scheduled, due, "").getInt("id");
            long refusing = schedules.createDueAt(retired, due, "").getInt("id");

            JsonObject fired = schedules.awaitFiring(firing, Duration.ofSeconds(100));
            JsonObject refused = schedules.awaitFiring(refusing, Duration.ofSeconds(30));

            JsonObject run = new Runs(admin).run(fired.getInt("runId"));
            assertThat(run.getString("process")).isEqualTo(scheduled);
            assertThat(run.getString("trigger")).isEqualTo("SCHEDULER");
            assertThat(refused.isNull("runId")).isTrue();
            assertThat(refused.getString("reason")).contains("retired");
            Api.Response withSchedule = admin.delete("api/v1/processes/" + retired);
            assertThat(withSchedule.status()).isEqualTo(409);
            assertThat(withSchedule.object().getString("detail")).contains("schedules; delete them first");
            assertThat(Path.of(dataDir, "inbox", retired, "due.csv"))
                    .as("the refused file stays in the inbox, not lost")
                    .exists();
        } finally {
            schedules.deleteAll();
        }
    }

    @Test
    void aBadDeclarationIsRefusedNamingItsFieldAndCreatesNothing() {
        Api admin = Api.as(url, "admin", "admin");
        String name = "refused-" + SUFFIX;

        assertRefused(
                admin.post(
                        "api/v1/processes", declaration(name, "http-per-record").replaceFirst("\\{", "{\"colour\":1,")),
                "colour is not a process field");
        assertRefused(
                admin.post("api/v1/processes", declaration(name, "soap")),
                "\"soap\" is not a template",
                "http-per-record");
        assertRefused(
                admin.post(
                        "api/v1/processes",
                        declaration(name, "http-per-record").replace("\"Supplier\"", "\"invoice\"")),
                "columns[1]: \"invoice\" appears twice");
        assertRefused(
                admin.post(
                        "api/v1/processes",
                        declaration(name, "http-per-record")
                                .replace("\"keyColumn\":\"invoice\"", "\"keyColumn\":\"Iban\"")),
                "keyColumn: \"Iban\" is not one of the columns");
        assertRefused(
                admin.post(
                        "api/v1/processes",
                        declaration(name, "http-per-record").replace("\"timeoutMs\"", "\"timeout\"")),
                "settings: \"timeout\" is not a setting");
        assertRefused(
                admin.post("api/v1/processes", declaration("Bad_Name", "http-per-record")), "name: 3 to 60 lower-case");
        assertRefused(
                admin.post("api/v1/processes", declaration("invoice-check", "http-per-record")),
                "a process named invoice-check exists already");
        assertRefused(admin.post("api/v1/processes", "[1,2]"), "not the JSON this call expects");
        assertRefused(admin.post("api/v1/processes", "{\"name\":"), "not the JSON this call expects");
        Api.Response operator =
                Api.as(url, "operator", "operator").post("api/v1/processes", declaration(name, "http-per-record"));
        assertThat(operator.status()).as("only admins declare processes").isEqualTo(403);

        assertThat(listed(admin)).doesNotContainKey(name);
    }

    @Test
    void aChangeWithAMisspeltOrDeclarationOnlyFieldIsRefusedAndChangesNothing() {
        Api admin = Api.as(url, "admin", "admin");
        int attempts = listed(admin).get("invoice-check").getInt("maxAttempts");

        assertRefused(
                admin.put("api/v1/processes/invoice-check", "{\"maxAtempts\":" + (attempts + 1) + "}"),
                "maxAtempts is not a process change field",
                "maxAttempts");
        assertRefused(
                admin.put(
                        "api/v1/processes/invoice-check",
                        "{\"maxAttempts\":" + (attempts + 1) + ",\"columns\":[\"A\"]}"),
                "columns is not a process change field");

        assertThat(listed(admin).get("invoice-check").getInt("maxAttempts"))
                .as("a refused change changes nothing, not even its valid fields")
                .isEqualTo(attempts);
    }

    private void declare(Api admin, String name) {
        Api.Response declared = admin.post("api/v1/processes", declaration(name, "http-per-record"));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    }

    private String declaration(String name, String template) {
        return "{\"name\":\"" + name + "\",\"template\":\"" + template + "\","
                + "\"description\":\"Submits supplier invoices\",\"columns\":[\"Invoice\",\"Supplier\"],"
                + "\"keyColumn\":\"invoice\",\"maxAttempts\":2,\"backoffMs\":10,"
                + "\"settings\":{\"url\":\"" + url + "sandbox/api/invoices/{{Invoice}}/submission\","
                + "\"timeoutMs\":\"2000\"}}";
    }

    private static void assertRefused(Api.Response response, String... details) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.object().getString("detail")).contains(details);
    }

    private static Map<String, JsonObject> listed(Api api) {
        return api.get("api/v1/processes").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.getString("name"), p -> p));
    }

    private static List<String> auditTargets(Api admin, AuditAction action) {
        return admin
                .get("api/v1/audit?action=" + action + "&limit=50")
                .json()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(entry -> entry.getString("target"))
                .toList();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
