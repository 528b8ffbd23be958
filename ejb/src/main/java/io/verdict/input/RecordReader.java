package io.verdict.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a run's input file, whatever its format, as a stream of records with the columns a process requires. The
 * engine creates a run's work items from the records and creates nothing when the file is rejected.
 */
public final class RecordReader {

    private final List<String> requiredColumns;
    private final int maxRecords;

    /**
     * @param requiredColumns canonical spellings; header names in the file match them case-insensitively (and
     *     ignoring surrounding spaces) and are reported under the canonical spelling; extra columns are kept under
     *     their own (trimmed) header name.
     * @param maxRecords the most records a file may hold; more and the file is rejected.
     */
    public RecordReader(List<String> requiredColumns, int maxRecords) {
        if (maxRecords < 0) {
            throw new IllegalArgumentException("maxRecords must not be negative: " + maxRecords);
        }
        this.requiredColumns = List.copyOf(requiredColumns);
        this.maxRecords = maxRecords;
    }

    /**
     * Streams every record to the consumer in file order; returns the number of records. The stream is read to the
     * end of the data but not closed. Records reach the consumer before a later fault is found, so a caller that must
     * create nothing from a rejected file stages what it receives until this method returns.
     */
    public int read(InputFormat format, InputStream in, RecordConsumer consumer)
            throws InputRejectedException, IOException {
        RecordAssembler records = new RecordAssembler(requiredColumns, maxRecords, consumer);
        switch (format) {
            case JSON -> JsonRecords.read(in, records);
            case CSV -> CsvRecords.read(in, records);
            case XLSX -> XlsxRecords.read(in, records);
        }
        return records.count();
    }
}
