package io.verdict.batch.invoice;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The data rules of the {@code invoice-check} process, checked before the invoicing portal is contacted so that bad
 * data ends KO with a reason the business team can fix, instead of reaching the portal.
 */
public final class InvoiceRules {

    /** The largest amount accepted, inclusive. */
    public static final BigDecimal MAXIMUM_AMOUNT = new BigDecimal("1000000");

    private InvoiceRules() {}

    /**
     * Checks one record's data; the first failing rule wins, in this order:
     *
     * <ol>
     *   <li>invoice number missing → MISSING_DATA;
     *   <li>tax id missing → MISSING_DATA;
     *   <li>tax id not a valid NIF, NIE or CIF ({@link SpanishTaxId}) → INVALID_FORMAT;
     *   <li>date missing or not a real {@code YYYY-MM-DD} date ({@link InvoiceDate}) → INVALID_FORMAT;
     *   <li>amount missing or not a number ({@link InvoiceAmount}) → INVALID_FORMAT;
     *   <li>amount ≤ 0 or above {@link #MAXIMUM_AMOUNT} → OUT_OF_RANGE;
     *   <li>{@code seenBefore} → DUPLICATE.
     * </ol>
     *
     * <p>Values are trimmed; a {@code null}, absent or blank value is missing. The customer name is not checked.
     *
     * @param record the record's values keyed by {@link InvoiceColumns}
     * @param seenBefore the same invoice number appeared in an earlier record of the same run (computed upstream)
     * @throws BusinessRuleException KO with the reason code of the first failing rule
     */
    public static void check(Map<String, String> record, boolean seenBefore) throws BusinessRuleException {
        Objects.requireNonNull(record, "record");
        String number = CellText.clean(record.get(InvoiceColumns.NUMBER));
        String taxId = CellText.clean(record.get(InvoiceColumns.TAX_ID));
        if (number.isEmpty()) {
            throw new BusinessRuleException(
                    ReasonCode.MISSING_DATA,
                    "Invoice number is missing (the " + InvoiceColumns.NUMBER + " column is empty)",
                    "Fill in the invoice number in the source file and relaunch only this record.");
        }
        if (taxId.isEmpty()) {
            throw new BusinessRuleException(
                    ReasonCode.MISSING_DATA,
                    "Tax ID is missing (the " + InvoiceColumns.TAX_ID + " column is empty)",
                    "Fill in the customer's Tax ID (NIF, NIE or CIF) in the source file and relaunch only this record.");
        }
        checkTaxId(taxId);
        InvoiceDate.parse(record.get(InvoiceColumns.DATE));
        String amountText = CellText.clean(record.get(InvoiceColumns.AMOUNT));
        checkRange(InvoiceAmount.parse(amountText), amountText);
        if (seenBefore) {
            throw new BusinessRuleException(
                    ReasonCode.DUPLICATE,
                    "Invoice number " + CellText.quote(number) + " already appeared in an earlier record of this run",
                    "Remove this row from the source file if it repeats the earlier one; if it is a different invoice,"
                            + " correct its invoice number and relaunch only this record.");
        }
    }

    private static void checkTaxId(String taxId) throws BusinessRuleException {
        if (SpanishTaxId.isValid(taxId)) {
            return;
        }
        String why = SpanishTaxId.kindOf(taxId)
                .map(kind -> kind + " with a wrong control character")
                .orElse("expected the shape of 12345678Z, X1234567L or B12345674, without spaces or hyphens");
        throw new BusinessRuleException(
                ReasonCode.INVALID_FORMAT,
                "Tax ID " + CellText.quote(taxId) + " is not a valid Spanish NIF, NIE or CIF (" + why + ")",
                "Correct the Tax ID in the source file and relaunch only this record.");
    }

    private static void checkRange(BigDecimal amount, String amountText) throws BusinessRuleException {
        String action = "Check the amount with the business owner (it must be greater than 0 and at most 1,000,000),"
                + " correct it in the source file and relaunch only this record.";
        if (amount.signum() <= 0) {
            throw new BusinessRuleException(
                    ReasonCode.OUT_OF_RANGE,
                    "Amount " + CellText.quote(amountText) + " is out of range: it must be greater than 0",
                    action);
        }
        if (amount.compareTo(MAXIMUM_AMOUNT) > 0) {
            throw new BusinessRuleException(
                    ReasonCode.OUT_OF_RANGE,
                    "Amount " + CellText.quote(amountText) + " is out of range: it must be at most 1,000,000",
                    action);
        }
    }
}
