package io.verdict.batch.http;

import io.verdict.handler.BusinessRuleException;
import io.verdict.result.ReasonCode;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL or body template with {@code {{Column}}} placeholders, filled from a record. Each value is escaped for where
 * it lands (URL-encoded in a URL, JSON-escaped in a JSON body), so record data can never change the request's shape.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

    private Template() {}

    /** The template with each placeholder replaced by the record's escaped value; KO when a value is missing. */
    static String render(String template, Map<String, String> record, UnaryOperator<String> escape)
            throws BusinessRuleException {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String column = matcher.group(1);
            String value = valueOf(record, column);
            if (value == null || value.isBlank()) {
                throw new BusinessRuleException(
                        ReasonCode.MISSING_DATA,
                        "Column " + column + " is empty; the request needs it.",
                        "Fill in " + column + " in the source file and relaunch only this record.");
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(escape.apply(value.strip())));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    private static String valueOf(Map<String, String> record, String column) {
        return record.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(column))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
