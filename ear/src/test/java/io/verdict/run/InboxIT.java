package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.VerdictIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A run with no input reads the process's inbox folder on the server: one file per run, oldest first. */
class InboxIT extends VerdictIT {

    private final Path inbox = Path.of(System.getenv("VERDICT_DATA_DIR"), "inbox", "invoice-check");

    @Test
    void theOldestFileBecomesTheRunAndMovesToProcessedABadOneToRejectedWithItsReason() throws IOException {
        Api operator = Api.as(url, "operator", "operator");
        Files.writeString(inbox.resolve("a-good.csv"), Runs.INVOICE_HEADER + "\nIN-1,2026-11-02,10,12345678Z,Inbox\n");
        Files.writeString(inbox.resolve("b-bad.csv"), "InvoiceNumber,Amount\nIN-2,10\n");

        Api.Response first = operator.post("api/v1/processes/invoice-check/runs?dryRun=true", "", new byte[0]);
        Api.Response second = operator.post("api/v1/processes/invoice-check/runs?dryRun=true", "", new byte[0]);
        Api.Response third = operator.post("api/v1/processes/invoice-check/runs?dryRun=true", "", new byte[0]);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(new Runs(operator).awaitEnded(first.object().getInt("id")).getInt("ok"))
                .isEqualTo(1);
        assertThat(names(inbox.resolve("processed"))).anyMatch(name -> name.endsWith("-a-good.csv"));
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.object().getString("detail")).contains("b-bad.csv").contains("CustomerTaxId");
        assertThat(names(inbox.resolve("rejected"))).anyMatch(name -> name.endsWith("-b-bad.csv.reason.txt"));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.object().getString("detail")).contains("has no .xlsx, .csv or .json file");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
