package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.TestFiles;
import io.verdict.VerdictIT;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An operator's morning in the console (run with -Dbrowser): find a run by its filters, open it, look at its KO items
 * only, and export the failures; record data that looks like markup or a formula stays text on the page and in the
 * workbook.
 */
@Tag("browser")
class RunsBrowserIT extends VerdictIT {

    static final String HOSTILE_NAME = "<script>alert(1)</script> Ñoño & Associates <Test>";

    private WebDriver driver;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("verdict-downloads");
        driver = Browser.open(downloads);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        driver.quit();
        TestFiles.deleteRecursively(downloads);
    }

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
        RunPage detail = panel.openRun(number);
        assertThat(detail.title()).isEqualTo("Run #" + number + " of invoice-check");
        assertThat(detail.count("KO")).isEqualTo(Integer.toString(run.getInt("ko")));

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
    void anOperatorStopsALongRunFromItsPageAndItsUnreachedRecordsEndFailed() {
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

    @Test
    void theProcessesPageListsTheDeployedProcessesWithTheirSettings() {
        LoginPage.open(driver, url).signInAs("viewer", "viewer");

        driver.get(ConsolePages.address(url, "console/processes.xhtml"));

        assertThat(new WebDriverWait(driver, Duration.ofSeconds(20))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("processes")))
                        .getText())
                .contains("invoice-check", "http-per-record");
    }

    private Path downloadedWorkbook() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".xlsx"))
                    .findFirst()
                    .orElse(null);
        }
    }
}
