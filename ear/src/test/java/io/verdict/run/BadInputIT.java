package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.VerdictIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bad file or payload is rejected whole, with the row and column at fault, and nothing is created. */
class BadInputIT extends VerdictIT {

    private Api operator;
    private int runsBefore;

    @BeforeEach
    void countRuns() {
        operator = Api.as(url, "operator", "operator");
        runsBefore = runCount();
    }

    @Test
    void aMissingColumnIsNamed() {
        Api.Response rejected = csv("InvoiceNumber,Date,Amount,CustomerName\nB-1,2026-11-02,10,Acme\n");

        assertRejected(rejected, "Row 1", "CustomerTaxId");
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        Api.Response created =
                csv("invoicenumber,DATE,amount,customertaxid,CustomerName\nB-2,2026-11-02,10,12345678Z,Acme\n");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        runsBefore++;
    }

    @Test
    void malformedJsonSaysWhere() {
        Api.Response rejected =
                operator.post("api/v1/processes/invoice-check/runs", "{\"items\":[{\"InvoiceNumber\":\"B-3\",}]}");

        assertRejected(rejected, "line");
    }

    @Test
    void aNestedJsonValueNamesRowAndColumn() {
        Api.Response rejected = operator.post(
                "api/v1/processes/invoice-check/runs",
                "{\"items\":[{\"InvoiceNumber\":\"B-4\",\"Date\":\"2026-11-02\",\"Amount\":\"1\",\"CustomerTaxId\":\"12345678Z\","
                        + "\"CustomerName\":\"a\"},{\"InvoiceNumber\":\"B-5\",\"Date\":\"2026-11-02\",\"Amount\":{\"v\":1},"
                        + "\"CustomerTaxId\":\"12345678Z\",\"CustomerName\":\"b\"}]}");

        assertRejected(rejected, "Row 2", "Amount");
    }

    @Test
    void aCorruptSpreadsheetIsRejected() {
        Api.Response rejected = operator.upload(
                "api/v1/processes/invoice-check/runs",
                "invoices.xlsx",
                "this is not a spreadsheet".getBytes(StandardCharsets.UTF_8));

        assertRejected(rejected, "Not a valid .xlsx");
    }

    @Test
    void anUnsupportedFileTypeIsRejected() {
        Api.Response rejected = operator.upload(
                "api/v1/processes/invoice-check/runs", "invoices.txt", "x".getBytes(StandardCharsets.UTF_8));

        assertRejected(rejected, "invoices.txt", ".xlsx, .csv or .json");
    }

    @Test
    void anInputWithoutRecordsIsRejected() {
        assertRejected(csv(Runs.INVOICE_HEADER + "\n"), "no records");
    }

    @Test
    void anUnknownProcessOrRunIs404() {
        Api.Response process = operator.post("api/v1/processes/no-such-process/runs", "{\"items\":[]}");
        Api.Response run = operator.get("api/v1/runs/987654321");

        assertThat(process.status()).isEqualTo(404);
        assertThat(process.object().getString("detail")).contains("no-such-process");
        assertThat(run.status()).isEqualTo(404);
        assertThat(runCount()).isEqualTo(runsBefore);
    }

    @Test
    void aViewerCannotStartARun() {
        Api.Response refused = Api.as(url, "viewer", "viewer")
                .post(
                        "api/v1/processes/invoice-check/runs",
                        "text/csv",
                        (Runs.INVOICE_HEADER + "\nB-6,2026-11-02,10,12345678Z,Acme\n")
                                .getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(runCount()).isEqualTo(runsBefore);
    }

    @Test
    void hostileTextIsKeptAsText() {
        String hostile = "<script>alert(1)</script> & =HYPERLINK(\"http://x\",\"y\") Ñoño";
        Api.Response created = operator.post(
                "api/v1/processes/invoice-check/runs?dryRun=true",
                "{\"items\":[{\"InvoiceNumber\":\"B-7\",\"Date\":\"2026-11-02\",\"Amount\":\"1\","
                        + "\"CustomerTaxId\":\"12345678Z\",\"CustomerName\":" + jsonString(hostile) + "}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        runsBefore++;

        JsonObject item =
                new Runs(operator).items(created.object().getInt("id"), "").get(0);

        assertThat(item.getJsonObject("payload").getString("CustomerName")).isEqualTo(hostile);
    }

    @Test
    void badQueryParametersAreNamed() {
        Api.Response response = operator.get("api/v1/runs?state=SLEEPING");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.object().getString("detail")).contains("state").contains("SLEEPING");
    }

    private Api.Response csv(String content) {
        return operator.post(
                "api/v1/processes/invoice-check/runs", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRejected(Api.Response response, String... fragments) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.object().getString("detail")).contains(fragments);
        assertThat(runCount()).as("nothing half-created").isEqualTo(runsBefore);
    }

    private int runCount() {
        return operator.get("api/v1/runs?process=invoice-check&limit=1000")
                .json()
                .asJsonArray()
                .size();
    }

    private static String jsonString(String text) {
        return Json.createValue(text).toString();
    }
}
