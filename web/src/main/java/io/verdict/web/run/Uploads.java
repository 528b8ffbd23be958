package io.verdict.web.run;

import io.verdict.error.InvalidRequestException;
import io.verdict.run.FileInput;
import jakarta.ws.rs.core.EntityPart;

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
        return FileInput.named(file.getFileName().orElse(""), file.getContent());
    }
}
