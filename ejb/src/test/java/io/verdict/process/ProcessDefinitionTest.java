package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessDefinitionTest {

    private final ProcessDefinition invoiceCheck = ProcessDefinition.ofJob(
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
        assertThat(ProcessDefinition.ofJob("p", Map.of()).keyColumn()).isNull();
    }

    @Test
    void onlyHandlerSettingsAreChangeable() {
        assertThat(invoiceCheck.changeableSettings()).containsExactly("portalUrl", "timeoutMs");
        assertThat(invoiceCheck.defaults()).containsOnlyKeys("portalUrl", "timeoutMs");
    }

    @Test
    void aJobIsATemplateOnlyWhenItsPropertySaysSo() {
        assertThat(invoiceCheck.template()).isFalse();
        assertThat(ProcessDefinition.ofJob("http-per-record", Map.of("template", "true", "url", ""))
                        .template())
                .isTrue();
    }
}
