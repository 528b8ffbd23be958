package io.verdict.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void recognisesTheUploadByItsExtensionWhateverTheCase() {
        assertThat(InputFormat.ofFileName("invoices.xlsx")).contains(InputFormat.XLSX);
        assertThat(InputFormat.ofFileName("INVOICES.XLSX")).contains(InputFormat.XLSX);
        assertThat(InputFormat.ofFileName("march.export.Csv")).contains(InputFormat.CSV);
        assertThat(InputFormat.ofFileName("items.json")).contains(InputFormat.JSON);
    }

    @Test
    void otherFilesAreNotInput() {
        assertThat(InputFormat.ofFileName("invoices.xls")).isEmpty();
        assertThat(InputFormat.ofFileName("invoices.xlsx.zip")).isEmpty();
        assertThat(InputFormat.ofFileName("xlsx")).isEmpty();
        assertThat(InputFormat.ofFileName(null)).isEmpty();
    }
}
