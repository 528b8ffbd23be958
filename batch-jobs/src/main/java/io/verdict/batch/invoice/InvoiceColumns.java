package io.verdict.batch.invoice;

import java.util.List;

/**
 * The columns the {@code invoice-check} process declares. Header names are matched case-insensitively upstream; the
 * values of a record then arrive under these exact keys.
 */
public final class InvoiceColumns {

    public static final String NUMBER = "InvoiceNumber";
    public static final String DATE = "Date";
    public static final String AMOUNT = "Amount";
    public static final String TAX_ID = "CustomerTaxId";
    public static final String NAME = "CustomerName";

    /** All columns, in the order the process declares them. */
    public static final List<String> ALL = List.of(NUMBER, DATE, AMOUNT, TAX_ID, NAME);

    private InvoiceColumns() {}
}
