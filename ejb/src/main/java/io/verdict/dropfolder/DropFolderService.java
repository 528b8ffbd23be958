package io.verdict.dropfolder;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.input.InputFormat;
import io.verdict.process.ProcessService;
import io.verdict.run.FileInput;
import io.verdict.run.Launch;
import io.verdict.run.Run;
import io.verdict.run.RunService;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts a run from the process's own source, its inbox folder: the oldest file becomes the run's input, then moves to
 * processed/ or, when it is refused, to rejected/ with the reason. A file's run is committed before the file moves.
 */
@Stateless
@RolesAllowed(Role.OPERATOR_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DropFolderService {

    @Inject
    @ConfigProperty(name = "verdict.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    RunService runs;

    @Inject
    ProcessService processes;

    public Run startFromInbox(String process, boolean dryRun, Launch launch) {
        processes.definition(process);
        DropFolder inbox = inboxOf(process);
        Path claimed = inbox.claimOldest()
                .orElseThrow(() -> new ConflictException(
                        "The inbox " + inbox.folder() + " has no .xlsx, .csv or .json file to read."));
        InputFormat format =
                InputFormat.ofFileName(claimed.getFileName().toString()).orElseThrow();
        try (InputStream content = Files.newInputStream(claimed)) {
            Run run = runs.start(process, new FileInput(format, content), dryRun, launch);
            inbox.processed(claimed);
            return run;
        } catch (InvalidRequestException refused) {
            inbox.rejected(claimed, refused.getMessage());
            throw new InvalidRequestException(claimed.getFileName() + ": " + refused.getMessage());
        } catch (IOException e) {
            inbox.rejected(claimed, "The file could not be read: " + e.getMessage());
            throw new UncheckedIOException(e);
        } catch (RuntimeException notTheFilesFault) {
            inbox.returned(claimed);
            throw notTheFilesFault;
        }
    }

    /** The inbox folder of a process, created if needed. */
    @PermitAll
    public DropFolder inboxOf(String process) {
        DropFolder inbox = new DropFolder(Path.of(dataDir), process);
        inbox.create();
        return inbox;
    }
}
