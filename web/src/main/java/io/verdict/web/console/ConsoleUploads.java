package io.verdict.web.console;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.run.FileInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.primefaces.model.file.UploadedFile;

/**
 * A file uploaded in the console, handed to a service that reads it whole before it creates anything. A missing file,
 * a wrong extension or a refused record is shown to the user, naming the file (and the row and column the service
 * named); nothing was created.
 */
public final class ConsoleUploads {

    private ConsoleUploads() {}

    /** The outcome of {@code use} with the file's records, or empty when the file was refused and the user told. */
    public static <T> Optional<T> read(UploadedFile file, Function<FileInput, T> use) {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            ConsoleMessages.error("upload.missing");
            return Optional.empty();
        }
        try (InputStream content = file.getInputStream()) {
            return Optional.ofNullable(use.apply(FileInput.named(file.getFileName(), content)));
        } catch (InvalidRequestException | NotFoundException | ConflictException refused) {
            ConsoleMessages.error("upload.refused", file.getFileName(), refused.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
