package io.verdict.run;

import io.verdict.error.InvalidRequestException;
import io.verdict.input.InputFormat;
import jakarta.ws.rs.core.EntityPart;
import java.io.InputStream;

/** An uploaded file: its format from its name (.xlsx, .csv or .json), or a clear refusal. */
public final class Uploads {

    /** The media type of an .xlsx file, uploaded or exported. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Uploads() {}

    /** A file part of an API request, sent as the multipart form field {@code file}. */
    public static FileInput fileInput(EntityPart file) {
        if (file == null) {
            throw new InvalidRequestException("Send the file as the multipart form field \"file\".");
        }
        return fileInput(file.getFileName().orElse(""), file.getContent());
    }

    /** A file uploaded under {@code name}, from the API or the console. */
    public static FileInput fileInput(String name, InputStream content) {
        InputFormat format = InputFormat.ofFileName(name)
                .orElseThrow(() -> new InvalidRequestException("\"" + name + "\" is not a .xlsx, .csv or .json file."));
        return new FileInput(format, content);
    }
}
