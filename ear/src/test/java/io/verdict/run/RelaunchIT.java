package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Relaunching exactly the records that need it, resolving the rest, and the Excel report that links them. */
class RelaunchIT extends InvoiceRunIT {

    @Test
    void relaunchingTheFailuresLinksTheChildAndCompletesTheParentOnceTheySucceed() {
        sandbox.invoice("F-OK", "PENDING").invoice("F-ERR", "PENDING").fault("F-ERR", "HTTP_503", 3);
        JsonObject parent = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "F-OK,2026-11-02,10,12345678Z,Fine",
                        "F-KO,2026-11-02,10,12345678Z,Unknown Yet",
                        "F-ERR,2026-11-02,10,12345678Z,Portal Down")
                .getInt("id"));
        assertThat(parent.getString("state")).isEqualTo("UNRESOLVED");
        sandbox.invoice("F-KO", "PENDING");

        JsonObject child = relaunch(parent, "{\"mode\":\"FAILED\"}");
        JsonObject ended = runs.awaitEnded(child.getInt("id"));

        assertThat(child.getString("trigger")).isEqualTo("RELAUNCH");
        assertThat(child.getInt("parentRunId")).isEqualTo(parent.getInt("id"));
        assertThat(ended.getInt("total")).isEqualTo(2);
        assertThat(ended.getInt("ok")).isEqualTo(2);
        Map<String, JsonObject> parentItems = runs.itemsByKey(parent.getInt("id"));
        Map<String, JsonObject> childItems = runs.itemsByKey(child.getInt("id"));
        assertThat(childItems.get("F-KO").getInt("originItemId"))
                .isEqualTo(parentItems.get("F-KO").getInt("id"));
        assertThat(parentItems.get("F-ERR").getJsonObject("resolution").getString("action"))
                .isEqualTo("RELAUNCHED");
        assertThat(runs.run(parent.getInt("id")).getString("state")).isEqualTo("COMPLETED");
        assertThat(sandbox.submissions("F-OK"))
                .as("the OK record was not relaunched")
                .isEqualTo(1);

        Api.Response again = operator.post(relaunchPath(parent), "{\"mode\":\"FAILED\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("detail")).contains("Nothing to relaunch");
    }

    @Test
    void errorsOnlyTakesTheErrorsAndSelectedTakesExactlyTheChosenItems() {
        sandbox.invoice("E-ERR", "PENDING").fault("E-ERR", "HTTP_503", 3);
        JsonObject parent = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "E-KO,2026-11-02,10,12345678Z,Unknown",
                        "E-ERR,2026-11-02,10,12345678Z,Down",
                        "E-KO2,2026-11-02,0,12345678Z,Zero")
                .getInt("id"));
        Map<String, JsonObject> items = runs.itemsByKey(parent.getInt("id"));

        JsonObject errors =
                runs.awaitEnded(relaunch(parent, "{\"mode\":\"ERRORS\"}").getInt("id"));
        JsonObject selected = runs.awaitEnded(relaunch(
                        parent,
                        "{\"mode\":\"SELECTED\",\"itemIds\":["
                                + items.get("E-KO2").getInt("id") + "]}")
                .getInt("id"));

        assertThat(runs.itemsByKey(errors.getInt("id"))).containsOnlyKeys("E-ERR");
        assertThat(runs.itemsByKey(selected.getInt("id"))).containsOnlyKeys("E-KO2");
        Api.Response foreign = operator.post(relaunchPath(parent), "{\"mode\":\"SELECTED\",\"itemIds\":[999999999]}");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.object().getString("detail")).contains("999999999");
    }

    @Test
    void allTakesEveryRecordThatHasNotAlreadySucceededInARelaunch() {
        sandbox.invoice("A-1", "PENDING");
        JsonObject parent = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "A-1,2026-11-02,10,12345678Z,Fine",
                        "A-2,2026-11-02,10,12345678Z,Unknown")
                .getInt("id"));

        JsonObject all = runs.awaitEnded(relaunch(parent, "{\"mode\":\"ALL\"}").getInt("id"));

        Map<String, JsonObject> items = runs.itemsByKey(all.getInt("id"));
        assertThat(items).containsOnlyKeys("A-1", "A-2");
        assertThat(items.get("A-1").getString("reason"))
                .as("submitted by the parent already")
                .contains("already submitted");
    }

    @Test
    void theExportedFailuresCorrectedAndUploadedBackAreRelaunchedAndSucceed() throws IOException {
        sandbox.invoice("X-1", "PENDING").invoice("X-2", "PENDING").invoice("X-3", "PENDING");
        JsonObject parent = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "X-1,2026-11-02,10,12345678Z,Fine",
                        "X-2,2026-11-02,10,12345678A,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
                        "X-3,2026-11-02,abc,12345678Z,<script>alert(1)</script>")
                .getInt("id"));

        byte[] report = operator.download("api/v1/runs/" + parent.getInt("id") + "/export?results=KO,ERROR");

        byte[] corrected;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = texts(sheet.getRow(0));
            assertThat(headers).startsWith("ItemId").contains("InvoiceNumber", "CustomerTaxId", "Amount", "Reason");
            assertThat(sheet.getLastRowNum()).as("only the two failures").isEqualTo(2);
            Row hostile = rowWithKey(sheet, headers, "X-2");
            Cell name = hostile.getCell(headers.indexOf("CustomerName"));
            assertThat(name.getCellType())
                    .as("never a live formula")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(name.getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            edit(hostile.getCell(headers.indexOf("CustomerTaxId")), "12345678Z");
            edit(rowWithKey(sheet, headers, "X-3").getCell(headers.indexOf("Amount")), "99.95");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            corrected = out.toByteArray();
        }
        Api.Response created = operator.upload(relaunchPath(parent), "corrected.xlsx", corrected);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject child = runs.awaitEnded(created.object().getInt("id"));

        assertThat(child.getInt("ok")).isEqualTo(2);
        Map<String, JsonObject> items = runs.itemsByKey(child.getInt("id"));
        assertThat(items.get("X-2").getJsonObject("payload").getString("CustomerName"))
                .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(items.get("X-3").getJsonObject("payload").getString("Amount"))
                .isEqualTo("99.95");
        assertThat(runs.run(parent.getInt("id")).getString("state")).isEqualTo("COMPLETED");
    }

    @Test
    void aCorrectedFileNamingAnItemOfAnotherRunIsRejectedWholeWithTheRow() throws IOException {
        JsonObject parent =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "W-1,2026-11-02,10,12345678A,Bad Tax Id")
                        .getInt("id"));
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            String[] header = {"ItemId", "InvoiceNumber", "Date", "Amount", "CustomerTaxId", "CustomerName"};
            String[] row = {"1", "W-1", "2026-11-02", "10", "12345678Z", "Other Run"};
            Row head = sheet.createRow(0);
            Row data = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
                data.createCell(c).setCellValue(row[c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }
        int childrenBefore = operator.get("api/v1/runs?process=invoice-check&limit=1000")
                .json()
                .asJsonArray()
                .size();

        Api.Response rejected = operator.upload(relaunchPath(parent), "corrected.xlsx", file);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.object().getString("detail"))
                .contains("Row 2")
                .contains("ItemId")
                .contains("not in run");
        assertThat(operator.get("api/v1/runs?process=invoice-check&limit=1000")
                        .json()
                        .asJsonArray())
                .as("nothing half-created")
                .hasSize(childrenBefore);
    }

    @Test
    void resolvingTheLastFailureCompletesTheRunAndIsAudited() {
        JsonObject run = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "Z-1,2026-11-02,10,12345678A,Bad Tax Id",
                        "Z-2,2026-11-02,0,12345678Z,Zero")
                .getInt("id"));
        Map<String, JsonObject> items = runs.itemsByKey(run.getInt("id"));

        Api.Response discarded = operator.post(
                "api/v1/items/" + items.get("Z-1").getInt("id") + "/resolution",
                "{\"action\":\"DISCARD\",\"note\":\"Customer cancelled the order\"}");
        assertThat(runs.run(run.getInt("id")).getString("state")).isEqualTo("UNRESOLVED");
        Api.Response manual = operator.post(
                "api/v1/items/" + items.get("Z-2").getInt("id") + "/resolution",
                "{\"action\":\"MANUAL\",\"note\":\"Entered by hand on the portal\"}");

        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        JsonObject resolution = discarded.object().getJsonObject("resolution");
        assertThat(resolution.getString("action")).isEqualTo("DISCARD");
        assertThat(resolution.getString("by")).isEqualTo("operator");
        assertThat(resolution.getString("note")).isEqualTo("Customer cancelled the order");
        assertThat(resolution.getString("at")).isNotBlank();
        assertThat(manual.status()).isEqualTo(200);
        assertThat(runs.run(run.getInt("id")).getString("state")).isEqualTo("COMPLETED");

        Api.Response twice = operator.post(
                "api/v1/items/" + items.get("Z-1").getInt("id") + "/resolution",
                "{\"action\":\"MANUAL\",\"note\":\"again\"}");
        assertThat(twice.status()).isEqualTo(409);
        Api.Response noNote = operator.post(
                "api/v1/items/" + items.get("Z-1").getInt("id") + "/resolution", "{\"action\":\"DISCARD\"}");
        assertThat(noNote.status()).isEqualTo(400);
        Api.Response viewer = Api.as(url, "viewer", "viewer")
                .post(
                        "api/v1/items/" + items.get("Z-1").getInt("id") + "/resolution",
                        "{\"action\":\"DISCARD\",\"note\":\"x\"}");
        assertThat(viewer.status()).isEqualTo(403);
    }

    private JsonObject relaunch(JsonObject parent, String body) {
        Api.Response created = operator.post(relaunchPath(parent), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.object();
    }

    private static String relaunchPath(JsonObject run) {
        return "api/v1/runs/" + run.getInt("id") + "/relaunch";
    }

    /** Replaces a cell's text as a spreadsheet application does (POI alone would keep the old inline string). */
    private static void edit(Cell cell, String value) {
        cell.setBlank();
        cell.setCellValue(value);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row rowWithKey(Sheet sheet, List<String> headers, String key) {
        int column = headers.indexOf("InvoiceNumber");
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && key.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + key);
    }
}
