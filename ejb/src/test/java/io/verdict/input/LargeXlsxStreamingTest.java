package io.verdict.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Shows that a large upload is read as a stream: 100,000 rows pass through without the sheet held in memory. */
class LargeXlsxStreamingTest {

    private static final int ROWS = 100_000;

    @Test
    @Timeout(60)
    void streamsOneHundredThousandRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Invoices");
            Row header = sheet.createRow(0);
            List<String> names = List.of("InvoiceNumber", "Date", "Amount", "CustomerTaxId", "CustomerName");
            for (int column = 0; column < names.size(); column++) {
                header.createCell(column).setCellValue(names.get(column));
            }
            for (int index = 1; index <= ROWS; index++) {
                Row row = sheet.createRow(index);
                row.createCell(0).setCellValue(20_260_000 + index);
                row.createCell(1).setCellValue("2026-01-15");
                row.createCell(2).setCellValue(index / 100.0);
                row.createCell(3).setCellValue("B12345674");
                row.createCell(4).setCellValue("Customer " + index);
            }
            workbook.write(out);
        }
        AtomicLong lastRow = new AtomicLong();
        RecordReader reader = new RecordReader(List.of("InvoiceNumber", "Amount"), 200_000);

        int count;
        try (InputStream in = Files.newInputStream(file)) {
            count = reader.read(InputFormat.XLSX, in, record -> {
                lastRow.set(record.row());
                if (record.row() == ROWS + 1) {
                    assertThat(record.values())
                            .containsEntry("InvoiceNumber", "20360000")
                            .containsEntry("Amount", "1000");
                }
            });
        }

        assertThat(count).isEqualTo(ROWS);
        assertThat(lastRow).hasValue(ROWS + 1);
    }
}
