package io.verdict.batch.invoice;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an invoice date, which the process requires as a real calendar date written {@code YYYY-MM-DD}. Excel date
 * cells reach this class already converted to that text by the input reader.
 */
public final class InvoiceDate {

    private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    private static final String EXAMPLE = "e.g. 2026-01-31";

    private InvoiceDate() {}

    /**
     * The date written as exactly four-digit year, two-digit month and two-digit day; surrounding whitespace is
     * ignored.
     *
     * @throws BusinessRuleException INVALID_FORMAT when the text is blank, is written another way ({@code 26-01-01},
     *     {@code 2026/01/01}, {@code 2026-1-1}) or names a day that does not exist ({@code 2026-02-30},
     *     {@code 2026-13-01}, {@code 2026-02-29})
     */
    public static LocalDate parse(String text) throws BusinessRuleException {
        String date = CellText.clean(text);
        if (date.isEmpty()) {
            throw new BusinessRuleException(
                    ReasonCode.INVALID_FORMAT,
                    "Date is missing (the " + InvoiceColumns.DATE + " column is empty)",
                    "Fill in the invoice date as YYYY-MM-DD (" + EXAMPLE
                            + ") in the source file and relaunch only this record.");
        }
        Matcher parts = ISO_DATE.matcher(date);
        if (!parts.matches()) {
            throw new BusinessRuleException(
                    ReasonCode.INVALID_FORMAT,
                    "Date " + CellText.quote(date) + " is not written YYYY-MM-DD",
                    "Write the invoice date as YYYY-MM-DD (" + EXAMPLE
                            + ") in the source file and relaunch only this record.");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(parts.group(1)),
                    Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
        } catch (DateTimeException e) {
            throw new BusinessRuleException(
                    ReasonCode.INVALID_FORMAT,
                    "Date " + CellText.quote(date) + " does not exist in the calendar",
                    "Correct the invoice date to the real date of the invoice, written YYYY-MM-DD (" + EXAMPLE
                            + "), in the source file and relaunch only this record.");
        }
    }
}
