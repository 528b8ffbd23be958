package io.verdict.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes metrics in the Prometheus text exposition format (version 0.0.4): a HELP and a TYPE line per metric, then its
 * samples, label values escaped.
 */
final class PrometheusText {

    private final StringBuilder text = new StringBuilder();

    PrometheusText metric(String name, String type, String help) {
        text.append("# HELP ")
                .append(name)
                .append(' ')
                .append(help.replace("\\", "\\\\").replace("\n", "\\n"));
        text.append('\n')
                .append("# TYPE ")
                .append(name)
                .append(' ')
                .append(type)
                .append('\n');
        return this;
    }

    /** A sample; {@code labels} name, value, name, value… */
    PrometheusText sample(String name, double value, String... labels) {
        text.append(name);
        if (labels.length > 0) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int i = 0; i < labels.length; i += 2) {
                pairs.put(labels[i], labels[i + 1]);
            }
            text.append(pairs.entrySet().stream()
                    .map(label -> label.getKey() + "=\"" + escape(label.getValue()) + "\"")
                    .collect(Collectors.joining(",", "{", "}")));
        }
        return append(value);
    }

    private PrometheusText append(double value) {
        text.append(' ');
        if (value == Double.POSITIVE_INFINITY) {
            text.append("+Inf");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            text.append((long) value);
        } else {
            text.append(value);
        }
        text.append('\n');
        return this;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
