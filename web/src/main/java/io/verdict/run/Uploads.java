package io.verdict.run;

import io.verdict.error.InvalidRequestException;
import io.verdict.input.InputFormat;
import jakarta.ws.rs.core.EntityPart;

/** An uploaded file part: its format from its name (.xlsx, .csv or .json), or a clear refusal. */
public final class Uploads {

    /** The media type of an .xlsx file, uploaded or exported. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Uploads() {}

    public static FileInput fileInput(EntityPart file) {
        if (file == null) {
            throw new InvalidRequestException("Send the file as the multipart form field \"file\".");
        }
        String name = file.getFileName().orElse("");
        InputFormat format = InputFormat.ofFileName(name)
                .orElseThrow(() -> new InvalidRequestException("\"" + name + "\" is not a .xlsx, .csv or .json file."));
        return new FileInput(format, file.getContent());
    }
}
