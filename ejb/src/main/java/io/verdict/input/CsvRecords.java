package io.verdict.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/** Reads the records of a UTF-8 CSV file: row 1 is the header, every later row a record. */
final class CsvRecords {

    private CsvRecords() {}

    static void read(InputStream in, RecordAssembler records) throws IOException, InputRejectedException {
        CsvRows rows = new CsvRows(new Utf8Text(in));
        try {
            List<String> cells = rows.next();
            records.headerRow(cells == null ? List.of() : cells);
            while ((cells = rows.next()) != null) {
                records.row(rows.row(), cells);
            }
        } catch (CharacterCodingException e) {
            throw new InputRejectedException(
                    Math.max(rows.row(), Header.ROW),
                    null,
                    "the text is not valid UTF-8; save the file as \"CSV UTF-8\"");
        }
    }
}
