package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Sandbox;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * An operator's morning in the console (run with -Dbrowser): find a run by its filters, open it, look at its KO items
 * only, and export the failures; record data that looks like markup or a formula stays text on the page and in the
 * workbook.
 */
class RunsBrowserIT extends BrowserIT {

    static final String HOSTILE_NAME = "<script>alert(1)</script> Ñoño & Associates <Test>";

    @Test
    void anOperatorFindsARunByItsFiltersLooksAtItsKoItemsAndExportsTheFailures() throws IOException {
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        JsonObject created = runs.startCsv(
                "invoice-check",
                true,
                "BR-1,2026-11-02,10,12345678Z,Good Customer",
                "BR-2,2026-11-02,10,NOT-A-TAX-ID," + HOSTILE_NAME,
                "=HYPERLINK(\"http://127.0.0.1/x\"),2026-11-02,10,12345678Z,Formula Inc");
        long runId = created.getInt("id");
        int number = created.getInt("number");
        JsonObject run = runs.awaitEnded(runId);
        LoginPage.open(driver, url).signInAs("operator", "operator");

        RunsPage panel = RunsPage.open(driver, url, "process=invoice-check&state=UNRESOLVED&trigger=API");

        assertThat(panel.runNumbers()).contains("#" + number);
        Browser.screenshot(driver, "runs-panel");
        assertThat(panel.search("#" + number).runNumbers())
                .as("the search box finds the run by its number")
                .containsExactly("#" + number);
        RunPage detail = panel.openRun(number);
        assertThat(detail.title()).isEqualTo("Run #" + number + " of invoice-check");
        assertThat(detail.count("KO")).isEqualTo(Integer.toString(run.getInt("ko")));
        Browser.screenshot(driver, "run-detail");

        detail.showOnly("KO");

        assertThat(detail.items()).isNotEmpty().allMatch(line -> line.contains("KO"));
        assertThat(detail.items()).noneMatch(line -> line.contains("BR-1"));
        assertThat(String.join("\n", detail.items())).contains("BR-2", HOSTILE_NAME);
        assertThat(detail.alertShown()).as("record data never runs as script").isFalse();

        detail.exportFailures();
        Path workbook = await().atMost(Duration.ofSeconds(30)).until(this::downloadedWorkbook, file -> file != null);
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .as("header and the failures only")
                    .isEqualTo(run.getInt("ko") + run.getInt("error"));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType())
                            .as("no formula in the export")
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void anOperatorOpensALongRunAtTheRecordSheWantsAndPagesOnFromThere() {
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 130; i++) {
            lines.add("FROM-" + i + ",2026-11-02,10,12345678Z,Long Input");
        }
        long runId = runs.awaitEnded(runs.startCsv("invoice-check", true, lines.toArray(String[]::new))
                        .getInt("id"))
                .getInt("id");
        LoginPage.open(driver, url).signInAs("operator", "operator");

        RunPage linked = RunPage.openFrom(driver, url, runId, 101);

        assertThat(linked.recordNumbers())
                .as("a link opens the run at its record")
                .startsWith(101, 102)
                .endsWith(130);
        assertThat(linked.from(51).recordNumbers()).hasSize(50).startsWith(51).endsWith(100);
        assertThat(linked.nextPage().recordNumbers()).startsWith(101).endsWith(130);
        assertThat(linked.from(500).recordNumbers()).as("past the last record").isEmpty();
    }

    @Test
    void anOperatorRelaunchesTheFailuresAndResolvesThemUntilTheRunIsCompleted() {
        Api operator = Api.as(url, "operator", "operator");
        Runs runs = new Runs(operator);
        long runId = runs.startCsv(
                        "invoice-check",
                        true,
                        "RL-1,2026-11-02,10,12345678Z,Good Customer",
                        "RL-2,2026-11-02,10,NOT-A-TAX-ID,Bad Tax Id")
                .getInt("id");
        runs.awaitEnded(runId);
        LoginPage.open(driver, url).signInAs("operator", "operator");

        RunPage child = RunPage.open(driver, url, runId).relaunch("Failed").awaitState("UNRESOLVED");

        assertThat(child.title())
                .endsWith("of invoice-check")
                .isNotEqualTo("Run #" + runs.run(runId).getInt("number") + " of invoice-check");
        assertThat(child.count("KO")).isEqualTo("1");
        child.resolveAll("Discard", "Customer closed: nothing to invoice").awaitState("COMPLETED");
        assertThat(runs.awaitState(runId, "COMPLETED").getString("state"))
                .as("resolving the relaunch resolves the original record")
                .isEqualTo("COMPLETED");
    }

    @Test
    void anOperatorCorrectsTheExportedFailuresInTheWorkbookAndUploadsThemBack() throws IOException {
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        long runId = runs.startCsv(
                        "invoice-check",
                        true,
                        "CF-1,2026-11-02,10,12345678Z,Good Customer",
                        "CF-2,2026-11-02,10,NOT-A-TAX-ID,Wrong Tax Id Customer")
                .getInt("id");
        runs.awaitEnded(runId);
        LoginPage.open(driver, url).signInAs("operator", "operator");
        RunPage parent = RunPage.open(driver, url, runId);
        parent.exportFailures();
        Path exported = await().atMost(Duration.ofSeconds(30)).until(this::downloadedWorkbook, file -> file != null);
        Path corrected = correctTaxId(exported, "12345678Z");

        RunPage child = parent.relaunchCorrected(corrected);

        assertThat(child.message()).contains("passed validation: 1 record relaunched in run ");
        long childId = child.id();
        assertThat(runs.awaitEnded(childId).getString("state"))
                .as("the corrected record: %s", runs.items(childId, ""))
                .isEqualTo("COMPLETED");
        assertThat(child.awaitState("COMPLETED").count("OK")).isEqualTo("1");
        String childRun = child.title().replace(" of invoice-check", "");
        assertThat(runs.awaitState(runId, "COMPLETED").getString("state"))
                .as("the corrected record succeeded, so the original run is settled")
                .isEqualTo("COMPLETED");
        assertThat(RunPage.open(driver, url, runId).fact("children"))
                .as("the original run lists its relaunch")
                .contains(childRun + " COMPLETED");
    }

    /**
     * The exported failures with every CustomerTaxId replaced, saved as a new workbook beside the export. The export
     * holds inline strings, which POI only replaces once the cell is blanked (as Excel rewrites them on save).
     */
    private static Path correctTaxId(Path exported, String taxId) throws IOException {
        Path corrected = exported.resolveSibling("corrected").resolve("corrected.xlsx");
        Files.createDirectories(corrected.getParent());
        try (InputStream in = Files.newInputStream(exported);
                XSSFWorkbook book = new XSSFWorkbook(in);
                var out = Files.newOutputStream(corrected)) {
            Sheet sheet = book.getSheetAt(0);
            int column = -1;
            for (Cell header : sheet.getRow(0)) {
                if (header.getStringCellValue().equals("CustomerTaxId")) {
                    column = header.getColumnIndex();
                }
            }
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    Cell cell = row.getCell(column);
                    cell.setBlank();
                    cell.setCellValue(taxId);
                }
            }
            book.write(out);
        }
        return corrected;
    }

    @Test
    void anOperatorStopsALongRunThenRelaunchesTheErrorsItLeftAndSeesTheChildFinish() {
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        runs.configureInvoiceCheckForTests(Api.as(url, "admin", "admin"));
        Sandbox sandbox = new Sandbox(url);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            sandbox.invoice("BST-" + i, "PENDING");
            lines.add("BST-" + i + ",2026-11-02,10,12345678Z,Long Run");
        }
        sandbox.latency(300);
        try {
            long runId = runs.startCsv("invoice-check", false, lines.toArray(String[]::new))
                    .getInt("id");
            await().atMost(Duration.ofSeconds(60)).until(() -> runs.run(runId).getInt("ok") >= 2);
            LoginPage.open(driver, url).signInAs("operator", "operator");

            RunPage.open(driver, url, runId).stop("Finish").awaitState("UNRESOLVED");

            JsonObject ended = runs.run(runId);
            assertThat(ended.getJsonObject("stop").getString("by")).isEqualTo("operator");
            assertThat(ended.getInt("pending")).isZero();
            assertThat(ended.getInt("error")).as("records never reached").isPositive();

            sandbox.latency(0);
            RunPage child = RunPage.open(driver, url, runId).relaunch("Errors only");

            assertThat(runs.awaitEnded(child.id()).getInt("total"))
                    .as("exactly the records the stop left ERROR")
                    .isEqualTo(ended.getInt("error"));
            assertThat(child.awaitState("COMPLETED").count("OK")).isEqualTo(Integer.toString(ended.getInt("error")));
            assertThat(runs.awaitState(runId, "COMPLETED").getString("state"))
                    .as("the relaunch settled the stopped run")
                    .isEqualTo("COMPLETED");
        } finally {
            sandbox.latency(0);
        }
    }

    @Test
    void aViewerSeesNoRelaunchStopOrResolveAndTheServerRefusesThemAnyway() {
        Api viewer = Api.as(url, "viewer", "viewer");
        long runId = new Runs(Api.as(url, "operator", "operator"))
                .startCsv("invoice-check", true, "VW-1,2026-11-02,10,NOT-A-TAX-ID,Viewer Test")
                .getInt("id");
        new Runs(viewer).awaitEnded(runId);
        LoginPage.open(driver, url).signInAs("viewer", "viewer");

        RunPage page = RunPage.open(driver, url, runId);

        assertThat(page.offersActions()).isFalse();
        assertThat(viewer.post("api/v1/runs/" + runId + "/relaunch", "{\"mode\":\"FAILED\"}")
                        .status())
                .isEqualTo(403);
    }

    private Path downloadedWorkbook() throws IOException {
        try (Stream<Path> listed = Files.list(files)) {
            return listed.filter(file -> file.getFileName().toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElse(null);
        }
    }
}
