package io.verdict.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Writes a report as one {@code .xlsx} sheet straight into the zip stream that leaves for the caller: each row is
 * turned into sheet XML and compressed once (at the fastest level: the sheet's XML is repetitive enough), as it comes, so the download begins with the first rows and memory holds
 * only the first {@value #SAMPLED_ROWS}, whose lengths size the columns. Every value is an inline text cell with the
 * Text number format, so invoice numbers such as "00123" survive editing; formula-like text is quote-prefixed as
 * well, and no cell is ever a formula.
 */
public final class XlsxReportWriter implements AutoCloseable {

    private static final int SAMPLED_ROWS = 100;
    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT_LENGTH = 32_767;

    /** The rows of a sheet, the header's included. */
    static final int MAX_ROWS = 1_048_576;

    /** Cell styles of {@link #STYLES}: text, quote-prefixed text, and both in bold for the header. */
    private static final int TEXT = 1, QUOTED = 2, HEADER = 3, QUOTED_HEADER = 4;

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>\
            <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
            <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"\
             quotePrefix="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";

    private final ZipOutputStream zip;
    private final Writer xml;
    private final String sheetName;
    private final int columns;
    private final int[] widths;
    private List<List<String>> sampled = new ArrayList<>();
    private int nextRow;
    private boolean closed;

    /** Starts the workbook, whose sheet opens with a bold, frozen header row. */
    public XlsxReportWriter(OutputStream out, String sheetName, List<String> headers) throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.sheetName = WorkbookUtil.createSafeSheetName(sheetName);
        this.columns = headers.size();
        this.widths = new int[columns];
        writePackage();
        row(headers);
    }

    /** Adds a row of values in header order; null is an empty cell, fewer values than headers leave the rest empty. */
    public void row(List<String> values) {
        if (values.size() > columns) {
            throw new IllegalArgumentException(values.size() + " values for " + columns + " columns");
        }
        try {
            add(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(List<String> values) throws IOException {
        if (nextRow + (sampled == null ? 0 : sampled.size()) == MAX_ROWS) {
            throw new IOException("The report has more rows than a sheet holds (" + (MAX_ROWS - 1)
                    + " after the header): export the failures only, or read the items through the API.");
        }
        if (sampled == null) {
            writeRow(values);
            return;
        }
        for (int column = 0; column < values.size(); column++) {
            if (values.get(column) != null) {
                widths[column] = Math.max(widths[column], values.get(column).length());
            }
        }
        sampled.add(values);
        if (sampled.size() == SAMPLED_ROWS) {
            startSheetData();
        }
    }

    /** Ends the sheet with a filter over every row, and the zip; the caller's stream stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (sampled != null) {
            startSheetData();
        }
        xml.write("</sheetData>");
        if (columns > 0) {
            xml.write("<autoFilter ref=\"A1:" + column(columns - 1) + Math.max(1, nextRow) + "\"/>");
        }
        xml.write("</worksheet>");
        xml.flush();
        zip.closeEntry();
        writeWorkbook();
        zip.finish();
        zip.flush();
    }

    /**
     * The workbook part, last, once the rows are counted: LibreOffice builds a sheet's filter from the workbook's
     * {@code _FilterDatabase} name, which must span every row.
     */
    private void writeWorkbook() throws IOException {
        String filter = columns == 0
                ? ""
                : "<definedNames><definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
                        + escape("'" + sheetName.replace("'", "''") + "'!$A$1:$" + column(columns - 1) + "$"
                                + Math.max(1, nextRow))
                        + "</definedName></definedNames>";
        part("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"\
                 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <bookViews><workbookView/></bookViews>\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets>%s</workbook>""".formatted(escape(sheetName), filter));
    }

    /** The parts a workbook needs around its sheet, then the sheet's opening up to its frozen pane. */
    private void writePackage() throws IOException {
        part("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml"\
                 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml"\
                 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml"\
                 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        part("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1"\
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"\
                 Target="xl/workbook.xml"/></Relationships>""");
        part("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1"\
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"\
                 Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2"\
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"\
                 Target="styles.xml"/></Relationships>""");
        part("xl/styles.xml", STYLES);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>");
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    /** The column widths, sized from the header and the first rows, then those rows: from now on rows stream. */
    private void startSheetData() throws IOException {
        if (columns > 0) {
            xml.write("<cols>");
            for (int column = 0; column < columns; column++) {
                int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[column] + 2));
                xml.write("<col min=\"" + (column + 1) + "\" max=\"" + (column + 1) + "\" width=\"" + width
                        + "\" customWidth=\"1\"/>");
            }
            xml.write("</cols>");
        }
        xml.write("<sheetData>");
        List<List<String>> rows = sampled;
        sampled = null;
        for (List<String> values : rows) {
            writeRow(values);
        }
    }

    private void writeRow(List<String> values) throws IOException {
        int number = ++nextRow;
        boolean header = number == 1;
        xml.write("<row r=\"" + number + "\">");
        for (int column = 0; column < columns; column++) {
            String value = column < values.size() ? values.get(column) : null;
            boolean quoted = SpreadsheetText.isFormulaLike(value);
            int style = header ? (quoted ? QUOTED_HEADER : HEADER) : (quoted ? QUOTED : TEXT);
            xml.write("<c r=\"" + column(column) + number + "\" s=\"" + style + "\"");
            if (value == null) {
                xml.write("/>");
            } else {
                xml.write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                xml.write(escape(fit(value)));
                xml.write("</t></is></c>");
            }
        }
        xml.write("</row>");
    }

    /** Cuts text to the most a cell holds, marking the cut, rather than failing the whole report. */
    private static String fit(String value) {
        if (value.length() <= MAX_TEXT_LENGTH) {
            return value;
        }
        int cut = MAX_TEXT_LENGTH - 1;
        return value.substring(0, Character.isHighSurrogate(value.charAt(cut - 1)) ? cut - 1 : cut) + "…";
    }

    /** A column's letters: A to Z, then AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * Text as XML content that reads back the same: markup characters escaped; a carriage return as a reference,
     * which XML would otherwise turn into a line feed; the control characters XML cannot hold as {@code _xHHHH_}, the
     * spreadsheet's own escape, and an underscore that would start such an escape escaped itself.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\r' -> escaped.append("&#13;");
                case '\t', '\n' -> escaped.append(c);
                case '_' -> escaped.append(startsEscape(text, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        escaped.append(String.format("_x%04X_", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Whether the underscore at {@code at} begins {@code _xHHHH_}, which a spreadsheet would read as an escape. */
    private static boolean startsEscape(String text, int at) {
        if (at + 6 >= text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
