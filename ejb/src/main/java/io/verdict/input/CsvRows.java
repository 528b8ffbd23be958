package io.verdict.input;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields by RFC 4180 (quoted fields may hold delimiters, doubled quotes and line
 * breaks), reading one row at a time. The delimiter is {@code ;} when the header line holds more of them than commas,
 * as spreadsheets in comma-decimal locales write it, else {@code ,}.
 */
final class CsvRows {

    /** Excel's column limit; a row with more fields is not a spreadsheet row. */
    static final int MAX_COLUMNS = 16_384;

    private static final int END = -1;

    private final Reader reader;
    private final char[] buffer = new char[65_536];
    private int position;
    private int limit;
    private char delimiter = ',';
    private int row;

    CsvRows(Reader reader) {
        this.reader = reader;
    }

    /** Reads ahead up to the end of the first line (or a full buffer) and picks the delimiter from it. */
    private void detectDelimiter() throws IOException {
        int lineEnd = lineEnd();
        while (lineEnd < 0 && limit < buffer.length) {
            int read = reader.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                break;
            }
            limit += read;
            lineEnd = lineEnd();
        }
        int semicolons = 0;
        int commas = 0;
        for (int index = 0; index < (lineEnd < 0 ? limit : lineEnd); index++) {
            if (buffer[index] == ';') {
                semicolons++;
            } else if (buffer[index] == ',') {
                commas++;
            }
        }
        delimiter = semicolons > commas ? ';' : ',';
    }

    private int lineEnd() {
        for (int index = 0; index < limit; index++) {
            if (buffer[index] == '\n' || buffer[index] == '\r') {
                return index;
            }
        }
        return -1;
    }

    /** The 1-based number of the row last returned (or being read); line breaks inside quotes do not count. */
    int row() {
        return row;
    }

    /** The next row's fields, or null at the end of the text. */
    List<String> next() throws IOException, InputRejectedException {
        if (row == 0) {
            detectDelimiter();
        }
        int c = read();
        if (c == END) {
            return null;
        }
        row++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        while (true) {
            if (quoted) {
                if (c == END) {
                    throw new InputRejectedException(
                            row, Header.position(fields.size()), "a quoted value is not closed (missing \")");
                }
                if (c == '"') {
                    c = read();
                    if (c != '"') {
                        quoted = false;
                        continue;
                    }
                }
                append(field, c);
            } else if (c == delimiter) {
                addField(fields, field);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r' || c == END) {
                if (c == '\r' && read() != '\n' && limit > 0) {
                    position--;
                }
                addField(fields, field);
                return fields;
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else {
                append(field, c);
                fieldStarted = true;
            }
            c = read();
        }
    }

    private void addField(List<String> fields, StringBuilder field) throws InputRejectedException {
        if (fields.size() == MAX_COLUMNS) {
            throw new InputRejectedException(row, null, "more than " + MAX_COLUMNS + " columns");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    /** Keeps one character more than a cell may hold, enough for the length check to reject it. */
    private static void append(StringBuilder field, int c) {
        if (field.length() <= RecordAssembler.MAX_TEXT_LENGTH) {
            field.append((char) c);
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            int read = reader.read(buffer, 0, buffer.length);
            if (read <= 0) {
                limit = 0;
                position = 0;
                return END;
            }
            limit = read;
            position = 0;
        }
        return buffer[position++];
    }
}
