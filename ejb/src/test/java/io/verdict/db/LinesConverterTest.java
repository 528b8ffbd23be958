package io.verdict.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesConverterTest {

    private final LinesConverter converter = new LinesConverter();

    @Test
    void storesOneAddressPerLineAndReadsThemBack() {
        List<String> recipients = List.of("ops@example.com", "finance@example.com");

        String column = converter.convertToDatabaseColumn(recipients);

        assertThat(column).isEqualTo("ops@example.com\nfinance@example.com");
        assertThat(converter.convertToEntityAttribute(column)).isEqualTo(recipients);
    }

    @Test
    void noRecipientsIsAnEmptyListNeverNull() {
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
        assertThat(converter.convertToEntityAttribute(" \n ")).isEmpty();
    }

    @Test
    void keepsTheOrderOfColumnsWithSpacesInside() {
        List<String> columns = List.of("Supplier Id", "IBAN", "E-mail, work");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(columns)))
                .containsExactly("Supplier Id", "IBAN", "E-mail, work");
    }
}
