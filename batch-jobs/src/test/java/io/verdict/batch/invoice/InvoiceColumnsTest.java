package io.verdict.batch.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvoiceColumnsTest {

    @Test
    void listsTheFiveColumnsInTheOrderTheProcessDeclaresThem() {
        assertThat(InvoiceColumns.ALL)
                .containsExactly("InvoiceNumber", "Date", "Amount", "CustomerTaxId", "CustomerName");
    }
}
