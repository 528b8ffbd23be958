package io.verdict.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.input.InputFormat;
import io.verdict.input.InputRecord;
import io.verdict.input.RecordReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportWriterTest {

    private static final List<String> HEADERS = List.of("InvoiceNumber", "Result", "Reason");

    private static final List<List<String>> HOSTILE_ROWS = List.of(
            List.of("=HYPERLINK(\"http://x\",\"y\")", "KO", "<script>alert(1)</script>"),
            List.of("+34 600 000 000", "-12.5", "@SUM(A1:A9)"),
            List.of("\tcmd", "\rcmd", "00123"),
            List.of("2026-001", "OK", "a = b"));

    private static byte[] write(List<String> headers, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxReportWriter writer = new XlsxReportWriter(out, "Failures", headers)) {
            rows.forEach(writer::row);
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    @Test
    void writesABoldFrozenHeaderRowAndOneRowPerCall() throws IOException {
        try (XSSFWorkbook workbook = open(write(HEADERS, List.of(List.of("1", "OK", ""), List.of("2", "KO", "x"))))) {
            XSSFSheet sheet = workbook.getSheet("Failures");
            Row header = sheet.getRow(0);

            assertThat(header).extracting(Cell::getStringCellValue).containsExactlyElementsOf(HEADERS);
            assertThat(header).allSatisfy(cell -> assertThat(
                            workbook.getFontAt(cell.getCellStyle().getFontIndex())
                                    .getBold())
                    .isTrue());
            assertThat(sheet.getRow(2).getCell(2).getCellStyle().getFontIndex())
                    .satisfies(font ->
                            assertThat(workbook.getFontAt(font).getBold()).isFalse());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void everyValueIsATextCellAndOnlyFormulaLikeTextIsQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = open(write(HEADERS, HOSTILE_ROWS))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            for (int index = 0; index < HOSTILE_ROWS.size(); index++) {
                Row row = sheet.getRow(index + 1);
                for (int column = 0; column < HEADERS.size(); column++) {
                    String value = HOSTILE_ROWS.get(index).get(column);
                    Cell cell = row.getCell(column);
                    assertThat(cell.getCellType()).as(value).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(value);
                    assertThat(cell.getCellStyle().getQuotePrefixed())
                            .as(value)
                            .isEqualTo(SpreadsheetText.isFormulaLike(value));
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                }
            }
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(4).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void formulaLikeHeadersAreQuotePrefixedToo() throws IOException {
        try (XSSFWorkbook workbook = open(write(List.of("Invoice", "=cmd|' /C calc'!A0"), List.of()))) {
            Row header = workbook.getSheetAt(0).getRow(0);

            assertThat(header.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(header.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(header.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void neverWritesALiveFormula() throws IOException {
        try (XSSFWorkbook workbook = open(write(HEADERS, HOSTILE_ROWS))) {
            workbook.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void nullAndMissingValuesAreEmptyTextFormattedCells() throws IOException {
        try (XSSFWorkbook workbook = open(write(HEADERS, List.of(Arrays.asList("1", null), List.of("2"))))) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            for (Cell cell : List.of(sheet.getRow(1).getCell(1), sheet.getRow(2).getCell(2))) {
                assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
            }
        }
    }

    @Test
    void rejectsARowWithMoreValuesThanHeaders() throws IOException {
        try (XlsxReportWriter writer = new XlsxReportWriter(new ByteArrayOutputStream(), "Report", HEADERS)) {
            assertThatThrownBy(() -> writer.row(List.of("1", "2", "3", "4")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void cutsTextLongerThanACellHoldsInsteadOfFailingTheReport() throws IOException {
        try (XSSFWorkbook workbook = open(write(HEADERS, List.of(List.of("1", "ERROR", "x".repeat(40_000)))))) {
            String reason = workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue();

            assertThat(reason).hasSize(32_767).endsWith("x…");
        }
    }

    @Test
    void usesASafeSheetNameReasonableColumnWidthsAndAFilter() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxReportWriter writer = new XlsxReportWriter(out, "Run 12: failures [KO/ERROR]", HEADERS)) {
            writer.row(List.of("1", "KO", "r".repeat(500)));
        }

        try (XSSFWorkbook workbook = open(out.toByteArray())) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).doesNotContain(":", "/", "[", "]");
            assertThat(sheet.getColumnWidth(0)).isEqualTo("InvoiceNumber".length() * 256 + 2 * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(10 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(60 * 256);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C2");
        }
    }

    @Test
    void aWrittenReportReadsBackWithTheSameValues() throws Exception {
        byte[] report = write(HEADERS, HOSTILE_ROWS);
        List<InputRecord> records = new ArrayList<>();

        int count =
                new RecordReader(HEADERS, 100).read(InputFormat.XLSX, new ByteArrayInputStream(report), records::add);

        assertThat(count).isEqualTo(HOSTILE_ROWS.size());
        assertThat(records).extracting(InputRecord::row).containsExactly(2, 3, 4, 5);
        assertThat(records)
                .extracting(record -> List.copyOf(record.values().values()))
                .containsExactlyElementsOf(HOSTILE_ROWS);
        assertThat(records.get(0).values().keySet()).containsExactlyElementsOf(HEADERS);
    }

    @Test
    void controlCharactersLineBreaksAndEscapeLookalikesReadBackAsWritten() throws IOException {
        List<String> tricky = List.of("bell\u0007and\u0001", "_x0041_ stays as typed", "two\r\nlines\tand a tab");

        try (XSSFWorkbook workbook = open(write(HEADERS, List.of(tricky)))) {
            Row row = workbook.getSheetAt(0).getRow(1);

            assertThat(row).extracting(Cell::getStringCellValue).containsExactlyElementsOf(tricky);
        }
    }

    @Test
    void rowsLeaveForTheCallerAsTheyAreWrittenNotAtTheEnd() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxReportWriter writer = new XlsxReportWriter(out, "Report", HEADERS)) {
            int before = out.size();
            for (int i = 0; i < 20_000; i++) {
                writer.row(List.of("INV-" + i, "KO", "Reason " + i));
            }

            assertThat(out.size()).as("bytes sent before the report ends").isGreaterThan(before + 10_000);
        }
        try (XSSFWorkbook workbook = open(out.toByteArray())) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(20_000);
        }
    }

    @Test
    void theFilterIsNamedOverEveryRowForSpreadsheetsThatReadItFromTheWorkbook() throws IOException {
        try (XSSFWorkbook workbook = open(write(HEADERS, List.of(List.of("1", "OK", ""), List.of("2", "KO", "x"))))) {
            assertThat(workbook.getName("_xlnm._FilterDatabase").getRefersToFormula())
                    .isEqualTo("'Failures'!$A$1:$C$3");
        }
    }

    @Test
    void aReportLongerThanASheetIsRefusedSayingWhatToDoInstead() throws IOException {
        XlsxReportWriter writer = new XlsxReportWriter(OutputStream.nullOutputStream(), "Report", List.of("Id"));
        for (int row = 1; row < XlsxReportWriter.MAX_ROWS; row++) {
            writer.row(List.of(Integer.toString(row)));
        }

        assertThatThrownBy(() -> writer.row(List.of("one too many")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("more rows than a sheet holds (1048575 after the header)");
    }

    @Test
    void textCutToACellKeepsItsLastCharacterWhole() throws IOException {
        String emojis = "x".repeat(32_765) + "😀😀";
        try (XSSFWorkbook workbook = open(write(HEADERS, List.of(List.of("1", "KO", emojis))))) {
            String reason = workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue();

            assertThat(reason).isEqualTo("x".repeat(32_765) + "…");
        }
    }
}
