package io.verdict.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxRecordReaderTest {

    private static final List<String> INVOICE_COLUMNS = List.of("InvoiceNumber", "Date", "Amount");

    private final RecordReader reader = new RecordReader(INVOICE_COLUMNS, 1000);

    /** A workbook whose first sheet has the invoice header in row 1 and whatever the test adds below. */
    private static byte[] xlsx(Consumer<XSSFSheet> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Invoices");
            text(sheet.createRow(0), "InvoiceNumber", "Date", "Amount");
            rows.accept(sheet);
            workbook.createSheet("Ignored").createRow(0).createCell(0).setCellValue("not read");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row text(Row row, String... values) {
        for (int column = 0; column < values.length; column++) {
            row.createCell(column).setCellValue(values[column]);
        }
        return row;
    }

    private static CellStyle format(XSSFSheet sheet, String format) {
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
        return style;
    }

    private List<InputRecord> read(byte[] xlsx) throws Exception {
        List<InputRecord> records = new ArrayList<>();
        int count = reader.read(InputFormat.XLSX, new ByteArrayInputStream(xlsx), records::add);
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    private InputRejectedException rejected(byte[] xlsx) {
        return assertThrows(InputRejectedException.class, () -> read(xlsx));
    }

    @Test
    void readsTheRowsOfTheFirstSheetAsRecords() throws Exception {
        byte[] file = xlsx(sheet -> {
            text(sheet.createRow(1), "2026-001", "2026-01-15", "100.50");
            text(sheet.createRow(2), "2026-002", "2026-01-16", "7");
        });

        List<InputRecord> records = read(file);

        assertThat(records).extracting(InputRecord::row).containsExactly(2, 3);
        assertThat(records.get(0).values())
                .containsExactly(
                        entry("InvoiceNumber", "2026-001"), entry("Date", "2026-01-15"), entry("Amount", "100.50"));
    }

    @Test
    void matchesHeadersCaseInsensitivelyAndKeepsExtraColumns() throws Exception {
        byte[] file = xlsx(sheet -> {
            text(sheet.getRow(0), " invoiceNUMBER ", "DATE", "amount", " Customer name ");
            text(sheet.createRow(1), "1", "2", "3", "ACME");
        });

        assertThat(read(file).get(0).values())
                .containsExactly(
                        entry("InvoiceNumber", "1"),
                        entry("Date", "2"),
                        entry("Amount", "3"),
                        entry("Customer name", "ACME"));
    }

    @Test
    void dateCellsBecomeIsoDatesAndDateTimesKeepTheirTime() throws Exception {
        byte[] file = xlsx(sheet -> {
            Row row = text(sheet.createRow(1), "1");
            row.createCell(1).setCellValue(LocalDate.of(2026, 1, 15));
            row.getCell(1).setCellStyle(format(sheet, "d/m/yy"));
            row.createCell(2).setCellValue(LocalDateTime.of(2026, 3, 29, 1, 30, 15));
            row.getCell(2).setCellStyle(format(sheet, "dd/mm/yyyy hh:mm:ss"));
            Row builtin = text(sheet.createRow(2), "2");
            builtin.createCell(1).setCellValue(LocalDate.of(2025, 12, 31));
            builtin.getCell(1).setCellStyle(format(sheet, "m/d/yy"));
        });

        List<InputRecord> records = read(file);

        assertThat(records.get(0).values())
                .containsEntry("Date", "2026-01-15")
                .containsEntry("Amount", "2026-03-29T01:30:15");
        assertThat(records.get(1).values()).containsEntry("Date", "2025-12-31");
    }

    @Test
    void numbersBecomePlainDecimalsWhateverTheirDisplayFormat() throws Exception {
        byte[] file = xlsx(sheet -> {
            double[][] rows = {{100, 1234.5, 0.1}, {20260001, 0.0000001, 1e20}, {-3, 123456789.123, 0.1 + 0.2}};
            for (int index = 0; index < rows.length; index++) {
                Row row = sheet.createRow(index + 1);
                for (int column = 0; column < 3; column++) {
                    row.createCell(column).setCellValue(rows[index][column]);
                }
            }
            sheet.getRow(1).getCell(1).setCellStyle(format(sheet, "#,##0.00 \"€\""));
            sheet.getRow(2).getCell(0).setCellStyle(format(sheet, "0.00E+00"));
            sheet.getRow(3).getCell(1).setCellStyle(format(sheet, "0%"));
        });

        List<InputRecord> records = read(file);

        assertThat(records.get(0).values().values()).containsExactly("100", "1234.5", "0.1");
        assertThat(records.get(1).values().values()).containsExactly("20260001", "0.0000001", "100000000000000000000");
        assertThat(records.get(2).values().values()).containsExactly("-3", "123456789.123", "0.3");
    }

    @Test
    void textCellsAreKeptAsWrittenAndBooleansAreUpperCase() throws Exception {
        byte[] file = xlsx(sheet -> {
            Row row = text(sheet.createRow(1), "00123", "1/2/2026");
            row.createCell(2).setCellValue(true);
            text(sheet.createRow(2), "ERROR:not an error", "  spaced  ")
                    .createCell(2)
                    .setCellValue(false);
        });

        List<InputRecord> records = read(file);

        assertThat(records.get(0).values())
                .containsExactly(entry("InvoiceNumber", "00123"), entry("Date", "1/2/2026"), entry("Amount", "TRUE"));
        assertThat(records.get(1).values())
                .containsExactly(
                        entry("InvoiceNumber", "ERROR:not an error"),
                        entry("Date", "  spaced  "),
                        entry("Amount", "FALSE"));
    }

    @Test
    void formulaCellsGiveTheirCachedValueNeverTheFormula() throws Exception {
        byte[] file = xlsx(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("\"INV-\"&TEXT(7,\"000\")");
            row.createCell(1).setCellFormula("DATE(2026,2,28)");
            row.getCell(1).setCellStyle(format(sheet, "yyyy-mm-dd"));
            row.createCell(2).setCellFormula("10/4");
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(read(file).get(0).values())
                .containsExactly(
                        entry("InvoiceNumber", "INV-007"), entry("Date", "2026-02-28"), entry("Amount", "2.5"));
    }

    @Test
    void sparseRowsLandInTheirColumnsAndMissingCellsAreEmpty() throws Exception {
        byte[] file = xlsx(sheet -> {
            Row row = sheet.createRow(1);
            row.createCell(2).setCellValue("only C");
            Row other = sheet.createRow(2);
            other.createCell(0).setCellValue("only A");
        });

        List<InputRecord> records = read(file);

        assertThat(records.get(0).values())
                .containsExactly(entry("InvoiceNumber", ""), entry("Date", ""), entry("Amount", "only C"));
        assertThat(records.get(1).values())
                .containsExactly(entry("InvoiceNumber", "only A"), entry("Date", ""), entry("Amount", ""));
    }

    @Test
    void skipsBlankRowsButKeepsTheSheetRowNumbers() throws Exception {
        byte[] file = xlsx(sheet -> {
            text(sheet.createRow(1), "1", "2", "3");
            text(sheet.createRow(3), "", " ", "");
            sheet.createRow(4).createCell(1).setCellStyle(format(sheet, "@"));
            text(sheet.createRow(6), "4", "5", "6");
        });

        assertThat(read(file)).extracting(InputRecord::row).containsExactly(2, 7);
    }

    @Test
    void hostileTextIsReturnedAsPlainText() throws Exception {
        byte[] file =
                xlsx(sheet -> text(sheet.createRow(1), "<script>alert(1)</script>", "=HYPERLINK(\"http://x\",\"y\")"));

        assertThat(read(file).get(0).values())
                .containsEntry("InvoiceNumber", "<script>alert(1)</script>")
                .containsEntry("Date", "=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void rejectsAnErrorCellNamingItsRowAndColumn() {
        InputRejectedException e = assertThrows(
                InputRejectedException.class,
                () -> read(xlsx(sheet -> {
                    text(sheet.createRow(1), "1", "2", "3");
                    text(sheet.createRow(4), "4", "5").createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
                })));

        assertThat(e.row()).isEqualTo(5);
        assertThat(e.column()).isEqualTo("Amount");
        assertThat(e.problem()).contains("#DIV/0!");
    }

    @Test
    void rejectsAFormulaWhoseCachedValueIsAnError() {
        InputRejectedException e = assertThrows(
                InputRejectedException.class,
                () -> read(xlsx(sheet -> {
                    text(sheet.createRow(1), "1", "2").createCell(2).setCellFormula("1/0");
                    sheet.getWorkbook()
                            .getCreationHelper()
                            .createFormulaEvaluator()
                            .evaluateAll();
                })));

        assertThat(e).hasMessage("Row 2, column Amount: the cell holds the error #DIV/0!; correct it");
    }

    @Test
    void rejectsAValueRightOfTheLastHeaderColumnByItsPosition() {
        InputRejectedException e = assertThrows(
                InputRejectedException.class,
                () -> read(xlsx(sheet -> {
                    text(sheet.createRow(1), "1", "2", "3");
                    sheet.createRow(2).createCell(5).setCellValue("stray");
                })));

        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("6");
    }

    @Test
    void rejectsHeaderFaults() {
        InputRejectedException blank = assertThrows(
                InputRejectedException.class,
                () -> read(xlsx(sheet -> text(sheet.getRow(0), "InvoiceNumber", "", "Amount", "Date"))));
        InputRejectedException missing = assertThrows(
                InputRejectedException.class,
                () -> read(xlsx(sheet -> text(sheet.getRow(0), "InvoiceNumber", "Fecha", ""))));

        assertThat(blank).hasMessage("Row 1, column 2: the header is empty");
        assertThat(missing).hasMessage("Row 1: columns Date, Amount are missing");
    }

    @Test
    void rejectsASheetWhoseFirstRowIsNotTheHeader() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            text(workbook.createSheet().createRow(2), "InvoiceNumber", "Date", "Amount");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }

        assertThat(rejected(file)).hasMessage("Row 1: the header row is empty");
    }

    @Test
    void rejectsATextFileRenamedToXlsx() {
        InputRejectedException e = rejected("InvoiceNumber,Date,Amount\n1,2,3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(e.row()).isZero();
        assertThat(e.column()).isNull();
        assertThat(e).hasMessageStartingWith("Not a valid .xlsx file: ");
    }

    @Test
    void rejectsATruncatedFile() throws IOException {
        byte[] file = xlsx(sheet -> text(sheet.createRow(1), "1", "2", "3"));

        InputRejectedException e = rejected(Arrays.copyOf(file, file.length / 2));

        assertThat(e).hasMessageStartingWith("Not a valid .xlsx file: ");
    }

    @Test
    void rejectsAZipBombInsteadOfInflatingIt() throws IOException {
        byte[] file = xlsx(sheet -> text(sheet.createRow(1), "1", "2", "3"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file));
                ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData");
                    content = (xml.substring(0, data) + " ".repeat(20_000_000) + xml.substring(data))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
                out.closeEntry();
            }
        }

        InputRejectedException e = rejected(bomb.toByteArray());

        assertThat(e.problem()).startsWith("Not a valid .xlsx file: ").containsIgnoringCase("zip bomb");
    }
}
