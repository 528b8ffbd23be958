package io.verdict.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the rows of any input format into records under the rules all formats share: the header, blank rows, cells
 * beyond the header, the size of a cell and the number of records a run accepts.
 */
final class RecordAssembler {

    /** The most characters a spreadsheet cell holds; longer text cannot round-trip through Excel. */
    static final int MAX_TEXT_LENGTH = 32_767;

    private final List<String> requiredColumns;
    private final int maxRecords;
    private final RecordConsumer consumer;
    private Header header;
    private int count;

    RecordAssembler(List<String> requiredColumns, int maxRecords, RecordConsumer consumer) {
        this.requiredColumns = requiredColumns;
        this.maxRecords = maxRecords;
        this.consumer = consumer;
    }

    static void checkLength(int row, String column, String text) throws InputRejectedException {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InputRejectedException(row, column, "text longer than " + MAX_TEXT_LENGTH + " characters");
        }
    }

    /** The header row of a CSV or XLSX file; blank cells after the last header name are not columns. */
    void headerRow(List<String> cells) throws InputRejectedException {
        int size = cells.size();
        while (size > 0 && isBlank(cells.get(size - 1))) {
            size--;
        }
        header = Header.match(cells.subList(0, size), requiredColumns);
    }

    /** The keys of the first JSON item. */
    void headerKeys(List<String> keys) throws InputRejectedException {
        header = Header.match(keys, requiredColumns);
    }

    boolean hasHeader() {
        return header != null;
    }

    Header header() {
        return header;
    }

    /** How a column is named in a rejection: its header name, or its position when it has no header. */
    String columnName(int index) {
        return header != null && index < header.size() ? header.name(index) : Header.position(index);
    }

    /** A CSV or XLSX row, cells by column position. An entirely blank row is skipped. */
    void row(int row, List<String> cells) throws InputRejectedException {
        boolean blank = true;
        for (int index = 0; index < cells.size(); index++) {
            if (!isBlank(cells.get(index))) {
                blank = false;
                if (index >= header.size()) {
                    throw new InputRejectedException(
                            row, Header.position(index), "this cell is right of the last header column");
                }
            }
        }
        if (blank) {
            return;
        }
        String[] values = new String[header.size()];
        for (int index = 0; index < values.length && index < cells.size(); index++) {
            values[index] = cells.get(index);
        }
        emit(row, values);
    }

    /** A JSON item, values placed by header column; null where the item has no such key. */
    void item(int row, String[] values) throws InputRejectedException {
        emit(row, values);
    }

    int count() {
        return count;
    }

    private void emit(int row, String[] values) throws InputRejectedException {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int index = 0; index < values.length; index++) {
            String value = values[index] == null ? "" : values[index];
            checkLength(row, header.name(index), value);
            byName.put(header.name(index), value);
        }
        if (count == maxRecords) {
            throw new InputRejectedException(row, null, "more than " + maxRecords + " records; split the file");
        }
        count++;
        consumer.accept(new InputRecord(row, byName));
    }

    private static boolean isBlank(String cell) {
        return cell == null || cell.isBlank();
    }
}
