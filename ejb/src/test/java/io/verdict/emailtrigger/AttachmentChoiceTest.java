package io.verdict.emailtrigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.input.InputFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentChoiceTest {

    @Test
    void theOneSpreadsheetAmongOtherFilesIsChosenWhateverItsCase() {
        AttachmentChoice choice = AttachmentChoice.of(List.of("logo.png", "Invoices.XLSX", "terms.pdf"));

        assertThat(choice.isRefused()).isFalse();
        assertThat(choice.index()).isEqualTo(1);
        assertThat(choice.fileName()).isEqualTo("Invoices.XLSX");
        assertThat(choice.format()).isEqualTo(InputFormat.XLSX);
    }

    @Test
    void noAttachmentIsRefusedSayingWhatToAttach() {
        assertThat(AttachmentChoice.of(List.of()).refusal())
                .isEqualTo("The message has no attachment: attach the records as one .xlsx or .csv file.");
    }

    @Test
    void filesThatAreNotSpreadsheetsAreNamedInTheRefusal() {
        assertThat(AttachmentChoice.of(List.of("report.pdf", "items.json")).refusal())
                .isEqualTo("None of its attachments (report.pdf, items.json) is an .xlsx or .csv file: attach the"
                        + " records as one.");
    }

    @Test
    void twoSpreadsheetsAreRefusedBecauseAMessageMakesOneRun() {
        assertThat(AttachmentChoice.of(List.of("a.csv", "notes.txt", "b.xlsx")).refusal())
                .isEqualTo("It has 2 .xlsx or .csv attachments (a.csv, b.xlsx): send one file per message, so that"
                        + " each makes one run.");
    }
}
