package io.verdict.process;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a process's e-mail recipients in one text column, one address per line. */
@Converter
public class RecipientsConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> recipients) {
        return recipients == null || recipients.isEmpty() ? null : String.join("\n", recipients);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split("\n"))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
    }
}
