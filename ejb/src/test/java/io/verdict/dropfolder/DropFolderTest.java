package io.verdict.dropfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderTest {

    @TempDir
    Path data;

    @Test
    void claimsTheOldestSpreadsheetCsvOrJsonFileAndIgnoresTheRest() throws IOException {
        DropFolder inbox = new DropFolder(data, "invoice-check");
        inbox.create();
        drop(inbox, "notes.txt", "2026-01-01T00:00:00Z");
        drop(inbox, "newer.csv", "2026-03-01T00:00:00Z");
        drop(inbox, "older.xlsx", "2026-02-01T00:00:00Z");

        Path first = inbox.claimOldest().orElseThrow();
        Path second = inbox.claimOldest().orElseThrow();

        assertThat(first.getFileName().toString()).isEqualTo("older.xlsx");
        assertThat(first.getParent().getFileName().toString()).isEqualTo("processing");
        assertThat(second.getFileName().toString()).isEqualTo("newer.csv");
        assertThat(inbox.claimOldest()).isEmpty();
        assertThat(inbox.folder().resolve("notes.txt")).exists();
    }

    @Test
    void aProcessedFileMovesToProcessed() throws IOException {
        DropFolder inbox = new DropFolder(data, "invoice-check");
        inbox.create();
        drop(inbox, "march.csv", "2026-03-01T00:00:00Z");

        inbox.processed(inbox.claimOldest().orElseThrow());

        assertThat(files(inbox.folder().resolve("processed")))
                .singleElement()
                .asString()
                .endsWith("-march.csv");
        assertThat(files(inbox.folder().resolve("processing"))).isEmpty();
    }

    @Test
    void aRejectedFileMovesToRejectedWithItsReasonBesideIt() throws IOException {
        DropFolder inbox = new DropFolder(data, "invoice-check");
        inbox.create();
        drop(inbox, "bad.csv", "2026-03-01T00:00:00Z");

        inbox.rejected(inbox.claimOldest().orElseThrow(), "Row 1: column CustomerTaxId is missing");

        Path rejected = inbox.folder().resolve("rejected");
        assertThat(files(rejected)).hasSize(2);
        Path reason = files(rejected).stream()
                .filter(f -> f.toString().endsWith(".reason.txt"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readString(rejected.resolve(reason))).contains("CustomerTaxId is missing");
    }

    @Test
    void aFileThatFailedForAnotherReasonGoesBackToBeReadAgain() throws IOException {
        DropFolder inbox = new DropFolder(data, "invoice-check");
        inbox.create();
        drop(inbox, "april.csv", "2026-04-01T00:00:00Z");

        inbox.returned(inbox.claimOldest().orElseThrow());

        assertThat(inbox.claimOldest())
                .hasValueSatisfying(
                        file -> assertThat(file.getFileName().toString()).isEqualTo("april.csv"));
    }

    @Test
    void anEmptyInboxHasNothingToClaim() {
        assertThat(new DropFolder(data, "http-per-record").claimOldest()).isEmpty();
    }

    private static void drop(DropFolder inbox, String name, String modified) throws IOException {
        Path file = Files.writeString(inbox.folder().resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
