package io.verdict.batch.invoice;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an invoice amount written the way Spanish and English spreadsheets both do: a plain number with {@code .} or
 * {@code ,} as the decimal separator. Thousands separators are refused rather than guessed, since {@code 1.234} and
 * {@code 1,234} cannot be told apart from decimals.
 */
public final class InvoiceAmount {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    private static final String HOW_TO_WRITE =
            "as a plain number with no thousands separators and at most one decimal separator (e.g. 1234.56 or 1234,56)";

    private InvoiceAmount() {}

    /**
     * The amount, exactly as written (scale kept: {@code 10,50} is 10.50). Accepted: ASCII digits, an optional leading
     * minus, and at most one {@code .} or {@code ,} followed by at least one digit; surrounding whitespace is ignored.
     * The sign is not judged here: the range rule does that.
     *
     * @throws BusinessRuleException INVALID_FORMAT when the text is blank or anything else: thousands separators
     *     ({@code 1.234,56}, {@code 1,234.56}, {@code 1 234}), a plus sign, an exponent, currency symbols, {@code NaN},
     *     {@code Infinity}, a separator without digits on both sides ({@code .5}, {@code 5.})
     */
    public static BigDecimal parse(String text) throws BusinessRuleException {
        String amount = CellText.clean(text);
        if (amount.isEmpty()) {
            throw new BusinessRuleException(
                    ReasonCode.INVALID_FORMAT,
                    "Amount is missing (the " + InvoiceColumns.AMOUNT + " column is empty)",
                    "Fill in the invoice amount " + HOW_TO_WRITE
                            + " in the source file and relaunch only this record.");
        }
        if (!PLAIN_NUMBER.matcher(amount).matches()) {
            throw new BusinessRuleException(
                    ReasonCode.INVALID_FORMAT,
                    "Amount " + CellText.quote(amount) + " is not a plain number",
                    "Write the invoice amount " + HOW_TO_WRITE + " in the source file and relaunch only this record.");
        }
        return new BigDecimal(amount.replace(',', '.'));
    }
}
