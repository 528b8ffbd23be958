package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientsConverterTest {

    private final RecipientsConverter converter = new RecipientsConverter();

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
}
