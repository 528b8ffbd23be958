package io.verdict.dropfolder;

import io.verdict.input.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A process's inbox folder, {@code <data dir>/inbox/<process>/}: files dropped there are read oldest first. A file is
 * claimed by moving it to {@code processing/}, so two readers never take the same one, and ends in {@code processed/}
 * or, with a {@code .reason.txt} beside it, in {@code rejected/}.
 */
public final class DropFolder {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private final Path folder;

    public DropFolder(Path dataDir, String process) {
        this.folder = dataDir.resolve("inbox").resolve(process);
    }

    public Path folder() {
        return folder;
    }

    /** Creates the folders, so that people can see where to drop files. */
    public void create() {
        try {
            for (String sub : List.of("processing", "processed", "rejected")) {
                Files.createDirectories(folder.resolve(sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Claims the oldest readable file (.xlsx, .csv or .json) by moving it to processing/; empty when none is left. */
    public Optional<Path> claimOldest() {
        create();
        for (Path file : candidates()) {
            try {
                return Optional.of(Files.move(
                        file,
                        folder.resolve("processing").resolve(file.getFileName()),
                        StandardCopyOption.ATOMIC_MOVE));
            } catch (NoSuchFileException | FileAlreadyExistsException takenByAnother) {
                // another reader claimed it first: try the next file
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("The inbox " + folder + " must be on one file system", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** The claimed file was read into a run. */
    public void processed(Path claimed) {
        moveTo("processed", claimed);
    }

    /** The claimed file could not be read for a reason that is not its own (e.g. the database): it goes back. */
    public void returned(Path claimed) {
        try {
            Files.move(claimed, folder.resolve(claimed.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claimed file was refused; the reason is written beside it. */
    public void rejected(Path claimed, String reason) {
        Path target = moveTo("rejected", claimed);
        try {
            Files.writeString(
                    target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path moveTo(String sub, Path claimed) {
        Path target = folder.resolve(sub).resolve(STAMP.format(Instant.now()) + "-" + claimed.getFileName());
        try {
            return Files.move(claimed, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> candidates() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> InputFormat.ofFileName(file.getFileName().toString())
                            .isPresent())
                    .sorted(Comparator.comparing(DropFolder::modified).thenComparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }
}
