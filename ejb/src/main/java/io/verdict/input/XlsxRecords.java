package io.verdict.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the records of the first sheet of an {@code .xlsx} file with POI's event API: the sheet XML is parsed as a
 * stream and only the current row is held, so a sheet of 100,000 rows reads in a small heap. The upload is spooled to
 * a temporary file so that POI reads the zip from disk rather than from memory; POI's zip-bomb limits stay on.
 */
final class XlsxRecords implements SheetContentsHandler {

    private static final String ERROR_PREFIX = "ERROR:";

    private final RecordAssembler records;
    private final List<String> cells = new ArrayList<>();
    private int row;
    private boolean errorCell;

    private XlsxRecords(RecordAssembler records) {
        this.records = records;
    }

    static void read(InputStream in, RecordAssembler records) throws IOException, InputRejectedException {
        Path file = Files.createTempFile("verdict-input-", ".xlsx");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            new XlsxRecords(records).readFirstSheet(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void readFirstSheet(Path file) throws InputRejectedException {
        try {
            OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                parseFirstSheet(workbook);
            } finally {
                workbook.revert();
            }
        } catch (Abort abort) {
            throw abort.rejection();
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new InputRejectedException(0, null, "Not a valid .xlsx file: " + describe(e));
        }
        if (!records.hasHeader()) {
            throw new InputRejectedException(Header.ROW, null, "the header row is empty");
        }
    }

    private void parseFirstSheet(OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        StylesTable styles = reader.getStylesTable() == null ? new StylesTable() : reader.getStylesTable();
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("the workbook has no sheet");
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new SheetHandler(styles, strings, this));
            parser.parse(new InputSource(sheet));
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void startRow(int rowNum) {
        row = rowNum + 1;
        cells.clear();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
        String value = formattedValue == null ? "" : formattedValue;
        if (errorCell) {
            String error = value.startsWith(ERROR_PREFIX) ? value.substring(ERROR_PREFIX.length()) : value;
            throw new Abort(new InputRejectedException(
                    row, records.columnName(column), "the cell holds the error " + error + "; correct it"));
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, value);
    }

    @Override
    public void endRow(int rowNum) {
        try {
            if (records.hasHeader()) {
                records.row(row, cells);
            } else if (row == Header.ROW) {
                records.headerRow(cells);
            } else {
                throw new InputRejectedException(Header.ROW, null, "the header row is empty");
            }
        } catch (InputRejectedException | RuntimeException e) {
            throw new Abort(e);
        }
    }

    /** The sheet parser, told which cells are error cells: the formatted value alone cannot tell them from text. */
    private static final class SheetHandler extends XSSFSheetXMLHandler {

        private final XlsxRecords target;

        SheetHandler(StylesTable styles, ReadOnlySharedStringsTable strings, XlsxRecords target) {
            super(styles, strings, target, new CellTextFormatter(), false);
            this.target = target;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                target.errorCell = "e".equals(attributes.getValue("t"));
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /**
     * Carries a rejection, or a failure of the record consumer, out of the SAX callbacks, which cannot throw checked
     * exceptions, without it being mistaken for a corrupt file.
     */
    private static final class Abort extends RuntimeException {

        Abort(Exception cause) {
            super(cause);
        }

        InputRejectedException rejection() {
            if (getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            return (InputRejectedException) getCause();
        }
    }
}
