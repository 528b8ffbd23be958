package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starting a run from the console (run with -Dbrowser): an operator uploads a file and lands on the new run; a file
 * with a broken row is refused, naming the row and column, and creates nothing; a viewer has no start control; an admin
 * declares a process from a template, edits, retires and deletes it.
 */
class ProcessesBrowserIT extends BrowserIT {

    @Test
    void anOperatorStartsADryRunFromAnUploadedFileAndWatchesItFinish() throws IOException {
        Path invoices = csv(
                "invoices.csv",
                Runs.INVOICE_HEADER,
                "UP-1,2026-11-02,10,12345678Z,Upload Customer",
                "UP-2,2026-11-02,10,NOT-A-TAX-ID,Upload <b>Bold</b> & Co");
        LoginPage.open(driver, url).signInAs("operator", "operator");

        ProcessesPage.open(driver, url).startRun("invoice-check", invoices, true);

        RunPage run = RunPage.shown(driver);
        assertThat(run.message())
                .contains("\"invoices.csv\" passed validation", "(dry run) of invoice-check has 2 records.");
        assertThat(run.title()).endsWith(" of invoice-check");
        run.awaitState("UNRESOLVED");
        assertThat(run.count("OK")).isEqualTo("1");
        assertThat(run.count("KO")).isEqualTo("1");
        assertThat(run.fact("trigger")).isEqualTo("MANUAL");
        assertThat(run.fact("runBy")).isEqualTo("operator");
        assertThat(String.join("\n", run.items()))
                .as("the uploaded text shows as it was written, never as markup")
                .contains("Upload <b>Bold</b> & Co");
    }

    @Test
    void aFileWithABrokenRowIsRefusedNamingTheRowAndColumnAndCreatesNoRun() throws IOException {
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        int before = runs.list("process=invoice-check&limit=200").size();
        Path broken = csv(
                "broken.csv",
                Runs.INVOICE_HEADER,
                "BK-1,2026-11-02,10,12345678Z,Fine Customer",
                "BK-2,2026-11-02,10,12345678Z,\"Unclosed quote");
        LoginPage.open(driver, url).signInAs("operator", "operator");
        ProcessesPage page = ProcessesPage.open(driver, url);

        page.startRun("invoice-check", broken, false);

        assertThat(page.error())
                .contains("\"broken.csv\" was refused and nothing was created")
                .contains("Row 3, column 5: a quoted value is not closed");
        assertThat(runs.list("process=invoice-check&limit=200")).hasSize(before);
    }

    @Test
    void aViewerSeesTheProcessesWithTheirColumnsButCannotStartARun() {
        LoginPage.open(driver, url).signInAs("viewer", "viewer");

        ProcessesPage page = ProcessesPage.open(driver, url);

        assertThat(page.processes())
                .contains("invoice-check", "InvoiceNumber · Date · Amount · CustomerTaxId · CustomerName")
                .contains("http-per-record");
        assertThat(page.offersStart()).isFalse();
        assertThat(Api.as(url, "viewer", "viewer")
                        .post("api/v1/processes/invoice-check/runs", "{\"items\":[{\"InvoiceNumber\":\"V-1\"}]}")
                        .status())
                .as("the API refuses a viewer's start, whatever the console shows")
                .isEqualTo(403);
    }

    @Test
    void anAdminDeclaresAProcessEditsItRetiresItAndDeletesIt() {
        String name = "console-declared-" + Long.toString(System.currentTimeMillis(), 36);
        Api admin = Api.as(url, "admin", "admin");
        LoginPage.open(driver, url).signInAs("admin", "admin");
        ProcessesPage page = ProcessesPage.open(driver, url);

        page.declare(
                name,
                "Onboards <b>suppliers</b>",
                List.of("SupplierId", "Iban", "Email"),
                "SupplierId",
                Map.of("url", "http://127.0.0.1:1/suppliers/{{SupplierId}}"));

        assertThat(page.row(name, "SupplierId · Iban · Email"))
                .contains("Onboards <b>suppliers</b>", "Declared from http-per-record", "Active");
        JsonObject declared = process(admin, name);
        assertThat(declared.getString("keyColumn")).isEqualTo("SupplierId");
        assertThat(declared.getJsonObject("settings").getString("url"))
                .isEqualTo("http://127.0.0.1:1/suppliers/{{SupplierId}}");

        page.editMaxAttempts(name, 5);
        assertThat(process(admin, name).getInt("maxAttempts")).isEqualTo(5);
        assertThat(process(admin, name).getJsonObject("settings").getString("url"))
                .as("the settings the admin did not touch are kept")
                .isEqualTo("http://127.0.0.1:1/suppliers/{{SupplierId}}");

        page.retire(name);
        assertThat(page.row(name, "Retired")).contains("Retired");
        assertThat(process(admin, name).getBoolean("active")).isFalse();

        page.delete(name);
        assertThat(admin.get("api/v1/processes").body()).doesNotContain("\"" + name + "\"");
    }

    @Test
    void anAdminDeclaresARobotProcessWithItsLease() {
        String name = "console-robots-" + Long.toString(System.currentTimeMillis(), 36);
        LoginPage.open(driver, url).signInAs("admin", "admin");
        ProcessesPage page = ProcessesPage.open(driver, url);

        page.declareRobotProcess(name, List.of("SupplierId", "Iban"), 300);

        assertThat(page.row(name, "SupplierId · Iban")).contains("Declared from robot");
        JsonObject declared = process(Api.as(url, "admin", "admin"), name);
        assertThat(declared.getString("template")).isEqualTo("robot");
        assertThat(declared.getInt("leaseSeconds")).isEqualTo(300);
        assertThat(declared.getInt("maxLeases")).as("the default").isEqualTo(8);
    }

    private static JsonObject process(Api api, String name) {
        return api.get("api/v1/processes").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(process -> process.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(files.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
