package io.verdict.batch.invoice;

import static io.verdict.batch.invoice.Rejections.rejectionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvoiceRulesTest {

    /** A record that passes every rule; each test spoils what it is about. */
    private static Map<String, String> validRecord() {
        Map<String, String> record = new HashMap<>();
        record.put(InvoiceColumns.NUMBER, "F-2026-001");
        record.put(InvoiceColumns.DATE, "2026-01-15");
        record.put(InvoiceColumns.AMOUNT, "1234,56");
        record.put(InvoiceColumns.TAX_ID, "B65410011");
        record.put(InvoiceColumns.NAME, "ACME Iberia SL");
        return record;
    }

    private static Map<String, String> validRecordWith(String column, String value) {
        Map<String, String> record = validRecord();
        record.put(column, value);
        return record;
    }

    private static BusinessRuleException rejectionOfRecord(Map<String, String> record) {
        return rejectionOf(() -> InvoiceRules.check(record, false));
    }

    @Test
    void aRecordWithGoodDataPasses() {
        assertThatCode(() -> InvoiceRules.check(validRecord(), false)).doesNotThrowAnyException();
    }

    @Test
    void surroundingSpacesAndLowerCaseDoNotMakeARecordFail() {
        Map<String, String> record = Map.of(
                InvoiceColumns.NUMBER, " F-1 ",
                InvoiceColumns.DATE, " 2024-02-29 ",
                InvoiceColumns.AMOUNT, "\u00A01000000\u00A0",
                InvoiceColumns.TAX_ID, " x1234567l ");

        assertThatCode(() -> InvoiceRules.check(record, false)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "name \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"<script>alert(1)</script>", "=HYPERLINK(\"http://evil\")"})
    void theCustomerNameIsNotChecked(String name) {
        assertThatCode(() -> InvoiceRules.check(validRecordWith(InvoiceColumns.NAME, name), false))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\u00A0"})
    void aMissingInvoiceNumberIsMissingData(String number) {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.NUMBER, number));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.MISSING_DATA);
        assertThat(rejection.getMessage()).isEqualTo("Invoice number is missing (the InvoiceNumber column is empty)");
        assertThat(rejection.suggestedAction())
                .isEqualTo("Fill in the invoice number in the source file and relaunch only this record.");
    }

    @Test
    void anAbsentInvoiceNumberColumnIsMissingData() {
        Map<String, String> record = validRecord();
        record.remove(InvoiceColumns.NUMBER);

        assertThat(rejectionOfRecord(record).reasonCode()).isEqualTo(ReasonCode.MISSING_DATA);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aMissingTaxIdIsMissingData(String taxId) {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.TAX_ID, taxId));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.MISSING_DATA);
        assertThat(rejection.getMessage()).isEqualTo("Tax ID is missing (the CustomerTaxId column is empty)");
        assertThat(rejection.suggestedAction()).startsWith("Fill in the customer's Tax ID (NIF, NIE or CIF)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"12345678A; NIF", "X1234567X; NIE", "B65410010; CIF", "Q28260008; CIF", "A5881850A; CIF"})
    void aTaxIdWithAWrongControlCharacterIsInvalidFormat(String taxId, String kind) {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.TAX_ID, taxId));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage())
                .isEqualTo("Tax ID \"" + taxId + "\" is not a valid Spanish NIF, NIE or CIF (" + kind
                        + " with a wrong control character)");
        assertThat(rejection.suggestedAction())
                .isEqualTo("Correct the Tax ID in the source file and relaunch only this record.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12345678-Z", "B 65410011", "1234", "ES12345678Z", "<script>alert(1)</script>"})
    void aTaxIdWithoutTheShapeOfAnyKindIsInvalidFormat(String taxId) {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.TAX_ID, taxId));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage())
                .isEqualTo("Tax ID \"" + taxId + "\" is not a valid Spanish NIF, NIE or CIF (expected the shape of"
                        + " 12345678Z, X1234567L or B12345674, without spaces or hyphens)");
    }

    @Test
    void theReasonQuotesTheTaxIdTrimmed() {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.TAX_ID, "  12345678A  "));

        assertThat(rejection.getMessage()).startsWith("Tax ID \"12345678A\" is not");
    }

    @Test
    void aHugeHostileTaxIdIsQuotedShortened() {
        String taxId = "=HYPERLINK(\"http://evil.example/" + "a".repeat(10_000) + "\")";

        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.TAX_ID, taxId));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(rejection.getMessage())
                .startsWith("Tax ID \"=HYPERLINK(\"http://evil.example/aaa")
                .contains("…\" is not a valid Spanish NIF, NIE or CIF")
                .hasSizeLessThan(250);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "26-01-01", "2026/01/01", "2026-02-29"})
    void aMissingOrUnrealDateIsInvalidFormat(String date) {
        assertThat(rejectionOfRecord(validRecordWith(InvoiceColumns.DATE, date)).reasonCode())
                .isEqualTo(ReasonCode.INVALID_FORMAT);
    }

    @Test
    void aMissingDateSaysItIsMissing() {
        assertThat(rejectionOfRecord(validRecordWith(InvoiceColumns.DATE, " ")).getMessage())
                .isEqualTo("Date is missing (the Date column is empty)");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"1.234,56", "1,234.56", "1 234", "NaN", "abc"})
    void aMissingOrNonNumericAmountIsInvalidFormat(String amount) {
        assertThat(rejectionOfRecord(validRecordWith(InvoiceColumns.AMOUNT, amount))
                        .reasonCode())
                .isEqualTo(ReasonCode.INVALID_FORMAT);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0.01", "0,01", "1", "999999.99", "1000000", "1000000,00", "1000000.000"})
    void amountsAboveZeroUpToOneMillionAreInRange(String amount) {
        assertThatCode(() -> InvoiceRules.check(validRecordWith(InvoiceColumns.AMOUNT, amount), false))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0.00", "-0", "-0,01", "-5", "-1000"})
    void zeroAndNegativeAmountsAreOutOfRange(String amount) {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.AMOUNT, amount));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.OUT_OF_RANGE);
        assertThat(rejection.getMessage())
                .isEqualTo("Amount \"" + amount + "\" is out of range: it must be greater than 0");
        assertThat(rejection.suggestedAction()).contains("greater than 0 and at most 1,000,000");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1000000.01", "1000000,001", "1000001", "99999999999999999999"})
    void amountsAboveOneMillionAreOutOfRange(String amount) {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.AMOUNT, amount));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.OUT_OF_RANGE);
        assertThat(rejection.getMessage())
                .isEqualTo("Amount \"" + amount + "\" is out of range: it must be at most 1,000,000");
    }

    @Test
    void anInvoiceNumberSeenEarlierInTheRunIsADuplicate() {
        BusinessRuleException rejection = rejectionOf(() -> InvoiceRules.check(validRecord(), true));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.DUPLICATE);
        assertThat(rejection.getMessage())
                .isEqualTo("Invoice number \"F-2026-001\" already appeared in an earlier record of this run");
        assertThat(rejection.suggestedAction()).contains("Remove this row").contains("correct its invoice number");
    }

    @Test
    void aRecordFailingEveryRuleReportsTheMissingInvoiceNumber() {
        Map<String, String> record = new HashMap<>();
        record.put(InvoiceColumns.DATE, "2026-02-30");
        record.put(InvoiceColumns.AMOUNT, "-1");

        BusinessRuleException rejection = rejectionOf(() -> InvoiceRules.check(record, true));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.MISSING_DATA);
        assertThat(rejection.getMessage()).startsWith("Invoice number is missing");
    }

    @Test
    void aMissingTaxIdComesBeforeABadDateAndAmountAndADuplicate() {
        Map<String, String> record = validRecord();
        record.put(InvoiceColumns.TAX_ID, "");
        record.put(InvoiceColumns.DATE, "2026/01/01");
        record.put(InvoiceColumns.AMOUNT, "abc");

        BusinessRuleException rejection = rejectionOf(() -> InvoiceRules.check(record, true));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.MISSING_DATA);
        assertThat(rejection.getMessage()).startsWith("Tax ID is missing");
    }

    @Test
    void anInvalidTaxIdComesBeforeABadDate() {
        Map<String, String> record = validRecord();
        record.put(InvoiceColumns.TAX_ID, "12345678A");
        record.put(InvoiceColumns.DATE, "2026/01/01");

        assertThat(rejectionOfRecord(record).getMessage()).startsWith("Tax ID \"12345678A\"");
    }

    @Test
    void aBadDateComesBeforeABadAmount() {
        Map<String, String> record = validRecord();
        record.put(InvoiceColumns.DATE, "2026-02-29");
        record.put(InvoiceColumns.AMOUNT, "1.234,56");

        assertThat(rejectionOfRecord(record).getMessage()).startsWith("Date \"2026-02-29\"");
    }

    @Test
    void aMissingDateComesBeforeAMissingAmount() {
        Map<String, String> record = validRecord();
        record.remove(InvoiceColumns.DATE);
        record.remove(InvoiceColumns.AMOUNT);

        assertThat(rejectionOfRecord(record).getMessage()).startsWith("Date is missing");
    }

    @Test
    void aNonNumericAmountIsReportedAsAFormatProblemNotARangeOne() {
        BusinessRuleException rejection = rejectionOfRecord(validRecordWith(InvoiceColumns.AMOUNT, "-1.000,00"));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
    }

    @Test
    void anOutOfRangeAmountComesBeforeTheDuplicate() {
        BusinessRuleException rejection =
                rejectionOf(() -> InvoiceRules.check(validRecordWith(InvoiceColumns.AMOUNT, "0"), true));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.OUT_OF_RANGE);
    }

    @Test
    void aDuplicateWithBadDataReportsTheBadData() {
        BusinessRuleException rejection =
                rejectionOf(() -> InvoiceRules.check(validRecordWith(InvoiceColumns.TAX_ID, "12345678A"), true));

        assertThat(rejection.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
    }

    @Test
    void everyFailureIsAKoForTheBusinessTeam() {
        assertThat(rejectionOfRecord(validRecordWith(InvoiceColumns.AMOUNT, "2000000"))
                        .reasonCode()
                        .result())
                .isEqualTo(Result.KO);
    }

    @Test
    void aMissingRecordIsAProgrammingError() {
        assertThatNullPointerException().isThrownBy(() -> InvoiceRules.check(null, false));
    }
}
