package io.verdict.input;

import io.verdict.vocabulary.JsonP;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a JSON document {@code {"items":[{...},...]}} with the streaming JSON-P parser, one item at a
 * time, so a huge array never sits in memory as a tree. The first item's keys are the header; later items may leave
 * keys out but not add new ones.
 */
final class JsonRecords {

    private static final String ITEMS = "items";

    private final JsonParser parser;
    private final RecordAssembler records;

    private JsonRecords(JsonParser parser, RecordAssembler records) {
        this.parser = parser;
        this.records = records;
    }

    static void read(InputStream in, RecordAssembler records) throws IOException, InputRejectedException {
        try (JsonParser parser = JsonP.parser(new Utf8Text(in))) {
            new JsonRecords(parser, records).readDocument();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new InputRejectedException(
                    0,
                    null,
                    "Not valid JSON at line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": "
                            + e.getMessage());
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InputRejectedException(0, null, "The JSON is not valid UTF-8 text");
            }
            if (e.getCause() instanceof IOException failure) {
                throw failure;
            }
            throw new InputRejectedException(0, null, "Not valid JSON: " + e.getMessage());
        }
    }

    private void readDocument() throws InputRejectedException {
        if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
            throw notItems();
        }
        boolean itemsRead = false;
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            Event value = parser.next();
            if (ITEMS.equals(key)) {
                if (itemsRead || value != Event.START_ARRAY) {
                    throw notItems();
                }
                readItems();
                itemsRead = true;
            } else if (value == Event.START_OBJECT) {
                parser.skipObject();
            } else if (value == Event.START_ARRAY) {
                parser.skipArray();
            }
        }
        if (!itemsRead || parser.hasNext()) {
            throw notItems();
        }
    }

    private static InputRejectedException notItems() {
        return new InputRejectedException(0, null, "The JSON must be an object with one \"items\" array");
    }

    private void readItems() throws InputRejectedException {
        int row = 0;
        for (Event event = parser.next(); event != Event.END_ARRAY; event = parser.next()) {
            row++;
            if (event != Event.START_OBJECT) {
                throw new InputRejectedException(row, null, "the item is not a JSON object");
            }
            if (records.hasHeader()) {
                readItem(row);
            } else {
                readFirstItem(row);
            }
        }
    }

    private void readFirstItem(int row) throws InputRejectedException {
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            keys.add(key);
            values.add(value(row, key.trim()));
        }
        records.headerKeys(keys);
        records.item(row, values.toArray(String[]::new));
    }

    private void readItem(int row) throws InputRejectedException {
        Header header = records.header();
        String[] values = new String[header.size()];
        for (Event event = parser.next(); event != Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            int column = header.indexOf(key);
            if (column < 0) {
                throw new InputRejectedException(
                        row, key.trim(), "this key is not in the first item, which sets the columns");
            }
            if (values[column] != null) {
                throw new InputRejectedException(row, header.name(column), "the key appears twice");
            }
            values[column] = value(row, header.name(column));
        }
        records.item(row, values);
    }

    private String value(int row, String column) throws InputRejectedException {
        return switch (parser.next()) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER -> parser.getBigDecimal().toPlainString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "";
            default -> throw new InputRejectedException(row, column, "nested values are not supported");
        };
    }
}
