package io.verdict.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a report as one {@code .xlsx} sheet, streaming: only a small window of rows stays in memory, the rest goes to
 * compressed temporary files until {@link #close()} writes the workbook. Every value is a text cell with the Text
 * number format, so invoice numbers such as "00123" survive editing, and formula-like text is quote-prefixed so it
 * is shown, and stays, as text.
 */
public final class XlsxReportWriter implements AutoCloseable {

    private static final int ROW_WINDOW = 100;
    private static final int SAMPLED_ROWS = 100;
    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT_LENGTH = 32_767;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final SXSSFSheet sheet;
    private final int columns;
    private final int[] widths;
    private final CellStyle text;
    private final CellStyle quotedText;
    private int nextRow;
    private boolean closed;

    /** Starts the sheet with a bold, frozen header row. */
    public XlsxReportWriter(OutputStream out, String sheetName, List<String> headers) {
        this.out = out;
        this.columns = headers.size();
        this.widths = new int[columns];
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        text = textStyle(false, false);
        quotedText = textStyle(false, true);
        write(headers, textStyle(true, false), textStyle(true, true));
        sheet.createFreezePane(0, 1);
    }

    private CellStyle textStyle(boolean bold, boolean quotePrefixed) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        style.setQuotePrefixed(quotePrefixed);
        if (bold) {
            Font font = workbook.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        return style;
    }

    /** Adds a row of values in header order; null is an empty cell, fewer values than headers leave the rest empty. */
    public void row(List<String> values) {
        if (values.size() > columns) {
            throw new IllegalArgumentException(values.size() + " values for " + columns + " columns");
        }
        write(values, text, quotedText);
    }

    private void write(List<String> values, CellStyle plain, CellStyle quoted) {
        Row row = sheet.createRow(nextRow++);
        for (int column = 0; column < columns; column++) {
            String value = column < values.size() ? values.get(column) : null;
            Cell cell = row.createCell(column);
            cell.setCellStyle(SpreadsheetText.isFormulaLike(value) ? quoted : plain);
            if (value != null) {
                cell.setCellValue(fit(value));
                if (nextRow <= SAMPLED_ROWS) {
                    widths[column] = Math.max(widths[column], value.length());
                }
            }
        }
    }

    /** Cuts text to the most a cell holds, marking the cut, rather than failing the whole report. */
    private static String fit(String value) {
        return value.length() <= MAX_TEXT_LENGTH ? value : value.substring(0, MAX_TEXT_LENGTH - 1) + "…";
    }

    /** Sizes the columns from the header and the first rows, writes the workbook and disposes the temporary files. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (int column = 0; column < columns; column++) {
                int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2));
                sheet.setColumnWidth(column, width * 256);
            }
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
