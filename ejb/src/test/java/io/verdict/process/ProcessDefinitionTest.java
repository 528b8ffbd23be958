package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessDefinitionTest {

    private final ProcessDefinition invoiceCheck = new ProcessDefinition(
            "invoice-check",
            Map.of(
                    "handler", "invoiceCheckHandler",
                    "description", "Checks invoices",
                    "columns", "InvoiceNumber, Date ,Amount,,CustomerTaxId",
                    "keyColumn", " InvoiceNumber ",
                    "portalUrl", "",
                    "timeoutMs", "5000"));

    @Test
    void readsTheRequiredColumnsInOrderIgnoringBlanks() {
        assertThat(invoiceCheck.requiredColumns()).containsExactly("InvoiceNumber", "Date", "Amount", "CustomerTaxId");
    }

    @Test
    void readsTheKeyColumn() {
        assertThat(invoiceCheck.keyColumn()).isEqualTo("InvoiceNumber");
        assertThat(new ProcessDefinition("p", Map.of()).keyColumn()).isNull();
    }

    @Test
    void onlyHandlerSettingsAreChangeable() {
        assertThat(invoiceCheck.changeableSettings()).containsExactly("portalUrl", "timeoutMs");
    }
}
