package io.verdict.run;

import io.verdict.error.InvalidRequestException;
import io.verdict.input.InputFormat;
import io.verdict.input.InputRejectedException;
import io.verdict.input.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A new run's records from an uploaded file or JSON body, read as a stream. */
public final class FileInput implements RunInput {

    /** More records than this in one input is a mistake or an attack, not a run: split the file. */
    public static final int MAX_RECORDS = 1_000_000;

    private final InputFormat format;
    private final InputStream content;

    public FileInput(InputFormat format, InputStream content) {
        this.format = format;
        this.content = content;
    }

    /** A file uploaded under {@code name}, from the API or the console: its format from its name, or a clear 400. */
    public static FileInput named(String name, InputStream content) {
        InputFormat format = InputFormat.ofFileName(name)
                .orElseThrow(() -> new InvalidRequestException("\"" + name + "\" is not a .xlsx, .csv or .json file."));
        return new FileInput(format, content);
    }

    @Override
    public void forEach(List<String> requiredColumns, RecordSink sink) throws InputRejectedException, IOException {
        new RecordReader(requiredColumns, MAX_RECORDS).read(format, content, record -> sink.add(record.values(), null));
    }

    InputFormat format() {
        return format;
    }

    InputStream content() {
        return content;
    }
}
