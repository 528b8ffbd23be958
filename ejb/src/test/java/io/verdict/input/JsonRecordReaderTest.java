package io.verdict.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordReaderTest {

    private static final List<String> INVOICE_COLUMNS = List.of("InvoiceNumber", "Amount");

    private final RecordReader reader = new RecordReader(INVOICE_COLUMNS, 1000);

    private List<InputRecord> read(String json) throws Exception {
        return read(reader, json.getBytes(UTF_8));
    }

    private static List<InputRecord> read(RecordReader reader, byte[] json) throws Exception {
        List<InputRecord> records = new ArrayList<>();
        int count = reader.read(InputFormat.JSON, new ByteArrayInputStream(json), records::add);
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    private InputRejectedException rejected(String json) {
        return assertThrows(InputRejectedException.class, () -> read(json));
    }

    @Test
    void readsEachItemAsARecordNumberedByItsPosition() throws Exception {
        List<InputRecord> records = read("{\"items\":[{\"InvoiceNumber\":\"2026-001\",\"Amount\":\"100.50\"},"
                + "{\"InvoiceNumber\":\"2026-002\",\"Amount\":\"7\"}]}");

        assertThat(records).extracting(InputRecord::row).containsExactly(1, 2);
        assertThat(records.get(1).values()).containsExactly(entry("InvoiceNumber", "2026-002"), entry("Amount", "7"));
    }

    @Test
    void scalarValuesBecomeTextAndNullBecomesEmpty() throws Exception {
        List<InputRecord> records = read("{\"items\":[{\"InvoiceNumber\":20260001,\"Amount\":12.50,"
                + "\"Big\":1e3,\"Paid\":true,\"Sent\":false,\"Note\":null}]}");

        assertThat(records.get(0).values())
                .containsExactly(
                        entry("InvoiceNumber", "20260001"),
                        entry("Amount", "12.50"),
                        entry("Big", "1000"),
                        entry("Paid", "true"),
                        entry("Sent", "false"),
                        entry("Note", ""));
    }

    @Test
    void keysMatchCaseInsensitivelyAndLaterItemsMayLeaveKeysOut() throws Exception {
        List<InputRecord> records = read("{\"items\":[{\"invoicenumber\":\"1\",\"AMOUNT\":\"2\",\"Region\":\"N\"},"
                + "{\"Amount\":\"3\",\"InvoiceNumber\":\"4\"}]}");

        assertThat(records.get(0).values())
                .containsExactly(entry("InvoiceNumber", "1"), entry("Amount", "2"), entry("Region", "N"));
        assertThat(records.get(1).values())
                .containsExactly(entry("InvoiceNumber", "4"), entry("Amount", "3"), entry("Region", ""));
    }

    @Test
    void otherTopLevelMembersAreIgnored() throws Exception {
        List<InputRecord> records = read("{\"source\":{\"name\":\"erp\",\"tags\":[1,[2]]},\"count\":1,"
                + "\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"}],\"comment\":\"x\"}");

        assertThat(records).hasSize(1);
    }

    @Test
    void noItemsIsNoRecords() throws Exception {
        assertThat(read("{\"items\":[]}")).isEmpty();
    }

    @Test
    void hostileTextIsReturnedAsPlainText() throws Exception {
        List<InputRecord> records = read(
                "{\"items\":[{\"InvoiceNumber\":\"<script>alert(1)</script>\",\"Amount\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"}]}");

        assertThat(records.get(0).values())
                .containsEntry("InvoiceNumber", "<script>alert(1)</script>")
                .containsEntry("Amount", "=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void rejectsANestedValueNamingItemAndKey() {
        InputRejectedException e = rejected("{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\",\"Lines\":\"\"},"
                + "{},{},{\"InvoiceNumber\":\"4\",\"lines\":[{\"sku\":\"A\"}]}]}");

        assertThat(e).hasMessage("Row 4, column Lines: nested values are not supported");
    }

    @Test
    void rejectsAKeyTheFirstItemDoesNotHave() {
        InputRejectedException e = rejected("{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"},"
                + "{\"InvoiceNumber\":\"3\",\"Amount\":\"4\"},{\"InvoiceNumber\":\"5\",\"Amout\":\"6\"}]}");

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("Amout");
    }

    @Test
    void rejectsAKeyGivenTwiceInOneItem() {
        InputRejectedException e = rejected("{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"},"
                + "{\"InvoiceNumber\":\"3\",\"amount\":\"4\",\"AMOUNT\":\"5\"}]}");

        assertThat(e).hasMessage("Row 2, column Amount: the key appears twice");
    }

    @Test
    void rejectsAFirstItemWithoutARequiredKey() {
        InputRejectedException e = rejected("{\"items\":[{\"InvoiceNumber\":\"1\"},{\"Amount\":\"2\"}]}");

        assertThat(e).hasMessage("Row 1: column Amount is missing");
    }

    @Test
    void rejectsAnItemThatIsNotAnObject() {
        InputRejectedException e = rejected("{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"},\"oops\"]}");

        assertThat(e.row()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("the item is not a JSON object");
    }

    @Test
    void rejectsADocumentWithoutAnItemsArray() {
        assertThat(rejected("{\"records\":[]}")).hasMessage("The JSON must be an object with one \"items\" array");
        assertThat(rejected("{\"items\":{}}")).hasMessage("The JSON must be an object with one \"items\" array");
        assertThat(rejected("[{\"InvoiceNumber\":\"1\"}]"))
                .hasMessage("The JSON must be an object with one \"items\" array");
    }

    @Test
    void rejectsMalformedJsonWithTheParsersLineAndColumn() {
        InputRejectedException e =
                rejected("{\"items\":[\n{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"},\n{\"InvoiceNumber\" \"3\"}]}");

        assertThat(e.row()).isZero();
        assertThat(e.problem()).startsWith("Not valid JSON at line 3, column ");
    }

    @Test
    void rejectsTruncatedJson() {
        assertThat(rejected("{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"}")
                        .problem())
                .startsWith("Not valid JSON at line 1");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] json = "{\"items\":[{\"InvoiceNumber\":\"Peña\",\"Amount\":\"2\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        InputRejectedException e = assertThrows(InputRejectedException.class, () -> read(reader, json));

        assertThat(e.problem()).contains("not valid UTF-8");
    }

    @Test
    void rejectsTextLongerThanASpreadsheetCellHolds() {
        InputRejectedException e =
                rejected("{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"" + "9".repeat(32_768) + "\"}]}");

        assertThat(e).hasMessage("Row 1, column Amount: text longer than 32767 characters");
    }

    @Test
    void rejectsMoreItemsThanTheLimit() {
        RecordReader small = new RecordReader(INVOICE_COLUMNS, 1);

        InputRejectedException e = assertThrows(
                InputRejectedException.class,
                () -> read(
                        small,
                        "{\"items\":[{\"InvoiceNumber\":\"1\",\"Amount\":\"2\"},{\"InvoiceNumber\":\"3\"}]}"
                                .getBytes(UTF_8)));

        assertThat(e).hasMessage("Row 2: more than 1 records; split the file");
    }
}
