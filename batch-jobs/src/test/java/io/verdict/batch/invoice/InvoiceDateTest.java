package io.verdict.batch.invoice;

import static io.verdict.batch.invoice.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceDateTest {

    @Test
    void readsAnIsoDate() throws BusinessRuleException {
        assertThat(InvoiceDate.parse("2026-01-15")).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void ignoresSurroundingWhitespace() throws BusinessRuleException {
        assertThat(InvoiceDate.parse("  2026-12-31\t")).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void acceptsTheLeapDayOfALeapYear() throws BusinessRuleException {
        assertThat(InvoiceDate.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(InvoiceDate.parse("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "2026-02-29",
                "1900-02-29",
                "2026-02-30",
                "2026-04-31",
                "2026-13-01",
                "2026-00-10",
                "2026-01-00",
                "2026-01-32"
            })
    void rejectsDaysThatDoNotExist(String text) {
        BusinessRuleException rejection = rejectionOf(() -> InvoiceDate.parse(text));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage()).isEqualTo("Date \"" + text + "\" does not exist in the calendar");
        assertThat(rejection.suggestedAction()).contains("YYYY-MM-DD").contains("relaunch only this record");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "26-01-01",
                "2026/01/01",
                "2026-1-1",
                "01-15-2026",
                "15/01/2026",
                "20260115",
                "+2026-01-15",
                "12026-01-15",
                "2026-01-15T00:00",
                "2026-01-15 10:30",
                "2026 - 01 - 15",
                "46037",
                "yesterday",
                "２０２６-01-15",
                "=TODAY()"
            })
    void rejectsDatesWrittenAnotherWay(String text) {
        BusinessRuleException rejection = rejectionOf(() -> InvoiceDate.parse(text));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage()).isEqualTo("Date \"" + text + "\" is not written YYYY-MM-DD");
        assertThat(rejection.suggestedAction()).contains("YYYY-MM-DD");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00A0"})
    void aMissingDateIsAFormatFailureThatSaysItIsMissing(String text) {
        BusinessRuleException rejection = rejectionOf(() -> InvoiceDate.parse(text));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage()).isEqualTo("Date is missing (the Date column is empty)");
        assertThat(rejection.suggestedAction()).startsWith("Fill in the invoice date");
    }

    @Test
    void quotesAVeryLongValueShortened() {
        String text = "2026-01-15".repeat(50);

        BusinessRuleException rejection = rejectionOf(() -> InvoiceDate.parse(text));

        assertThat(rejection.getMessage()).hasSizeLessThan(100).contains("…");
    }
}
