package io.verdict.batch.invoice;

import static io.verdict.batch.invoice.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceAmountTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1234,56; 1234.56",
                "1234.56; 1234.56",
                "1234; 1234",
                "-5; -5",
                "0.5; 0.5",
                "0,5; 0.5",
                "0; 0",
                "007; 7",
                "1000000; 1000000",
                "1000000.00; 1000000",
                "1.234; 1.234",
                "1,234; 1.234",
                "-0,01; -0.01"
            })
    void readsPlainNumbersWithEitherDecimalSeparator(String text, BigDecimal expected) throws BusinessRuleException {
        assertThat(InvoiceAmount.parse(text)).isEqualByComparingTo(expected);
    }

    @Test
    void keepsTheScaleAsWritten() throws BusinessRuleException {
        assertThat(InvoiceAmount.parse("10,50")).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void ignoresSurroundingWhitespaceIncludingNonBreakingSpaces() throws BusinessRuleException {
        assertThat(InvoiceAmount.parse(" \u00A01234,56\t")).isEqualTo(new BigDecimal("1234.56"));
    }

    @Test
    void readsNumbersFarOutOfRangeWithoutLosingPrecision() throws BusinessRuleException {
        String huge = "9".repeat(400) + ",01";

        assertThat(InvoiceAmount.parse(huge)).isEqualTo(new BigDecimal("9".repeat(400) + ".01"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "1.234,56",
                "1,234.56",
                "1 234",
                "1 234,56",
                "1'234.56",
                "1.234.567",
                "1,2,3",
                "1.2,3",
                "+5",
                "--5",
                "5-",
                "- 5",
                ".5",
                "5.",
                ",",
                "-",
                "1e3",
                "1E3",
                "0x10",
                "NaN",
                "Infinity",
                "-Infinity",
                "12€",
                "€12",
                "12 EUR",
                "$1234.56",
                "(12)",
                "١٢٣",
                "=1+1",
                "<script>alert(1)</script>"
            })
    void rejectsAnythingButAPlainNumber(String text) {
        BusinessRuleException rejection = rejectionOf(() -> InvoiceAmount.parse(text));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage()).isEqualTo("Amount \"" + text + "\" is not a plain number");
        assertThat(rejection.suggestedAction())
                .contains("no thousands separators")
                .contains("1234.56 or 1234,56")
                .contains("relaunch only this record");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\u00A0"})
    void aMissingAmountIsAFormatFailureThatSaysItIsMissing(String text) {
        BusinessRuleException rejection = rejectionOf(() -> InvoiceAmount.parse(text));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage()).isEqualTo("Amount is missing (the Amount column is empty)");
        assertThat(rejection.suggestedAction()).startsWith("Fill in the invoice amount");
    }

    @Test
    void quotesAVeryLongValueShortened() {
        String text = "1,234.56".repeat(1000);

        BusinessRuleException rejection = rejectionOf(() -> InvoiceAmount.parse(text));

        assertThat(rejection.getMessage())
                .startsWith("Amount \"1,234.561,234.56")
                .endsWith("…\" is not a plain number")
                .hasSizeLessThan(100);
    }
}
