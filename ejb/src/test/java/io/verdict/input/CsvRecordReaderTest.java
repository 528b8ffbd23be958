package io.verdict.input;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static final List<String> INVOICE_COLUMNS = List.of("InvoiceNumber", "Amount", "CustomerTaxId");

    private final RecordReader reader = new RecordReader(INVOICE_COLUMNS, 1000);

    private List<InputRecord> read(String csv) throws Exception {
        return read(reader, csv.getBytes(UTF_8));
    }

    private static List<InputRecord> read(RecordReader reader, byte[] csv) throws Exception {
        List<InputRecord> records = new ArrayList<>();
        int count = reader.read(InputFormat.CSV, new ByteArrayInputStream(csv), records::add);
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    private InputRejectedException rejected(String csv) {
        return assertThrows(InputRejectedException.class, () -> read(csv));
    }

    @Test
    void readsEveryRowAfterTheHeaderAsARecordNumberedByItsFileRow() throws Exception {
        List<InputRecord> records =
                read("InvoiceNumber,Amount,CustomerTaxId\n2026-001,100.50,B12345674\n" + "2026-002,7,12345678Z\n");

        assertThat(records).extracting(InputRecord::row).containsExactly(2, 3);
        assertThat(records.get(0).values())
                .containsExactly(
                        entry("InvoiceNumber", "2026-001"),
                        entry("Amount", "100.50"),
                        entry("CustomerTaxId", "B12345674"));
    }

    @Test
    void matchesHeadersCaseInsensitivelyAndReportsTheCanonicalSpelling() throws Exception {
        List<InputRecord> records = read(" invoicenumber , AMOUNT,customerTaxID\n1,2,3\n");

        assertThat(records.get(0).values()).containsOnlyKeys("InvoiceNumber", "Amount", "CustomerTaxId");
    }

    @Test
    void keepsExtraColumnsUnderTheirTrimmedHeaderInFileOrder() throws Exception {
        List<InputRecord> records = read("Notes ,InvoiceNumber,Amount,CustomerTaxId, Region\nurgent,1,2,3,North\n");

        assertThat(records.get(0).values().keySet())
                .containsExactly("Notes", "InvoiceNumber", "Amount", "CustomerTaxId", "Region");
        assertThat(records.get(0).values()).containsEntry("Region", "North").containsEntry("Notes", "urgent");
    }

    @Test
    void valuesAreKeptAsWrittenIncludingLeadingZerosAndSpaces() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId\n00123, 1 ,3\n");

        assertThat(records.get(0).values())
                .containsEntry("InvoiceNumber", "00123")
                .containsEntry("Amount", " 1 ");
    }

    @Test
    void missingAndEmptyCellsAreEmptyTextNeverNull() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId\n1,,\n2\n");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).containsEntry("Amount", "").containsEntry("CustomerTaxId", "");
        assertThat(records.get(1).values()).containsEntry("Amount", "").containsEntry("CustomerTaxId", "");
    }

    @Test
    void skipsBlankRowsButKeepsCountingFileRows() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId\n\n1,2,3\n , ,\n\n4,5,6\n");

        assertThat(records).extracting(InputRecord::row).containsExactly(3, 6);
    }

    @Test
    void readsRfc4180QuotingWithDelimitersDoubledQuotesAndLineBreaks() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId,Notes\r\n"
                + "\"1\",\"1,5\",\"B1\",\"said \"\"paid\"\"\"\r\n"
                + "2,3,B2,\"first line\nsecond line\"\r\n"
                + "3,4,B3,last");

        assertThat(records).extracting(InputRecord::row).containsExactly(2, 3, 4);
        assertThat(records.get(0).values()).containsEntry("Amount", "1,5").containsEntry("Notes", "said \"paid\"");
        assertThat(records.get(1).values()).containsEntry("Notes", "first line\nsecond line");
        assertThat(records.get(2).values()).containsEntry("Notes", "last");
    }

    @Test
    void detectsTheSemicolonDelimiterOfCommaDecimalSpreadsheets() throws Exception {
        List<InputRecord> records = read("InvoiceNumber;Amount;CustomerTaxId\n1;1234,56;B1\n");

        assertThat(records.get(0).values()).containsEntry("Amount", "1234,56").containsEntry("CustomerTaxId", "B1");
    }

    @Test
    void aCommaInsideACommaHeaderDoesNotSwitchToSemicolons() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId,\"Notes; internal\"\n1,2,3,a;b\n");

        assertThat(records.get(0).values()).containsEntry("Notes; internal", "a;b");
    }

    @Test
    void stripsTheByteOrderMarkExcelWritesInCsvUtf8() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "InvoiceNumber,Amount,CustomerTaxId\nFactura ñ,2,3\n".getBytes(UTF_8);
        byte[] csv = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, csv, 0, bom.length);
        System.arraycopy(text, 0, csv, bom.length, text.length);

        List<InputRecord> records = read(reader, csv);

        assertThat(records.get(0).values()).containsEntry("InvoiceNumber", "Factura ñ");
    }

    @Test
    void hostileTextIsReturnedAsPlainText() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId\n"
                + "<script>alert(1)</script>,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM(A1)\n");

        assertThat(records.get(0).values())
                .containsEntry("InvoiceNumber", "<script>alert(1)</script>")
                .containsEntry("Amount", "=HYPERLINK(\"http://x\",\"y\")")
                .containsEntry("CustomerTaxId", "@SUM(A1)");
    }

    @Test
    void rejectsABlankHeaderNamingItsPosition() {
        InputRejectedException e = rejected("InvoiceNumber,Amount,,CustomerTaxId\n1,2,3,4\n");

        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("3");
        assertThat(e).hasMessage("Row 1, column 3: the header is empty");
    }

    @Test
    void trailingEmptyHeaderCellsAreNotColumns() throws Exception {
        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId,,\n1,2,3,,\n");

        assertThat(records.get(0).values()).hasSize(3);
    }

    @Test
    void rejectsDuplicateHeadersWhateverTheirCase() {
        InputRejectedException e = rejected("InvoiceNumber,Amount,CustomerTaxId,amount\n1,2,3,4\n");

        assertThat(e).hasMessage("Row 1, column 4: the header amount appears twice (also column 2)");
    }

    @Test
    void rejectsAMissingRequiredColumn() {
        InputRejectedException e = rejected("InvoiceNumber,Amount\n1,2\n");

        assertThat(e).hasMessage("Row 1: column CustomerTaxId is missing");
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isNull();
    }

    @Test
    void listsEveryMissingRequiredColumn() {
        InputRejectedException e = rejected("Amount\n2\n");

        assertThat(e).hasMessage("Row 1: columns InvoiceNumber, CustomerTaxId are missing");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(rejected("")).hasMessage("Row 1: the header row is empty");
        assertThat(rejected("\n1,2,3\n")).hasMessage("Row 1: the header row is empty");
    }

    @Test
    void rejectsAValueRightOfTheLastHeaderColumn() {
        InputRejectedException e = rejected("InvoiceNumber,Amount,CustomerTaxId\n1,2,3\n4,5,6,,oops\n");

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("5");
        assertThat(e).hasMessageStartingWith("Row 3, column 5: ");
    }

    @Test
    void rejectsTextLongerThanASpreadsheetCellHolds() {
        String tooLong = "x".repeat(32_768);

        InputRejectedException e = rejected("InvoiceNumber,Amount,CustomerTaxId\n1,2,3\n4," + tooLong + ",6\n");

        assertThat(e).hasMessage("Row 3, column Amount: text longer than 32767 characters");
    }

    @Test
    void acceptsTextOfExactlyTheCellLimit() throws Exception {
        String longest = "x".repeat(32_767);

        List<InputRecord> records = read("InvoiceNumber,Amount,CustomerTaxId\n1,\"" + longest + "\",3\n");

        assertThat(records.get(0).values().get("Amount")).hasSize(32_767);
    }

    @Test
    void rejectsMoreRecordsThanTheLimitAtTheFirstRecordOverIt() {
        RecordReader small = new RecordReader(INVOICE_COLUMNS, 2);

        InputRejectedException e = assertThrows(
                InputRejectedException.class,
                () -> read(small, "InvoiceNumber,Amount,CustomerTaxId\n1,2,3\n\n4,5,6\n7,8,9\n".getBytes(UTF_8)));

        assertThat(e).hasMessage("Row 5: more than 2 records; split the file");
    }

    @Test
    void rejectsAnUnterminatedQuoteAtTheRowWhereItStarted() {
        InputRejectedException e = rejected("InvoiceNumber,Amount,CustomerTaxId\n1,2,3\n4,\"5,6\n7,8,9\n");

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("2");
        assertThat(e.problem()).contains("not closed");
    }

    @Test
    void rejectsInvalidUtf8AtTheRowThatHoldsIt() {
        byte[] head = "InvoiceNumber,Amount,CustomerTaxId\n1,2,3\n4,".getBytes(UTF_8);
        byte[] latin1 = "Peña,6\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] csv = new byte[head.length + latin1.length];
        System.arraycopy(head, 0, csv, 0, head.length);
        System.arraycopy(latin1, 0, csv, head.length, latin1.length);

        InputRejectedException e = assertThrows(InputRejectedException.class, () -> read(reader, csv));

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.problem()).contains("not valid UTF-8");
    }

    @Test
    void aRejectionByTheConsumerStopsTheReading() {
        List<Integer> seen = new ArrayList<>();

        InputRejectedException e = assertThrows(
                InputRejectedException.class,
                () -> reader.read(
                        InputFormat.CSV,
                        new ByteArrayInputStream(
                                "InvoiceNumber,Amount,CustomerTaxId\n1,2,3\n1,2,3\n9,9,9\n".getBytes(UTF_8)),
                        record -> {
                            seen.add(record.row());
                            if (record.row() == 3) {
                                throw new InputRejectedException(3, "InvoiceNumber", "duplicate");
                            }
                        }));

        assertThat(e).hasMessage("Row 3, column InvoiceNumber: duplicate");
        assertThat(seen).containsExactly(2, 3);
    }
}
