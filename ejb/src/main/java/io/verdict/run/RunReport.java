package io.verdict.run;

import io.verdict.export.ReportColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The layout of a run's Excel report: Verdict's columns first (the item id, so that an edited report can be uploaded
 * back as a corrected file), then the record's own columns in input order.
 */
public final class RunReport {

    /** One item as the report shows it; {@code result} is the item's state while it has no result. */
    public record Item(
            long id,
            int seq,
            String result,
            String reasonCode,
            String reason,
            String suggestedAction,
            int attempts,
            String output,
            String resolution,
            String payload) {}

    private RunReport() {}

    public static List<String> headers(Run run) {
        List<String> headers = new ArrayList<>(ReportColumns.VERDICT);
        headers.addAll(recordColumns(run));
        return headers;
    }

    /** One item's row; {@code recordColumns} are {@link #recordColumns(Run)}, read once for the whole report. */
    public static List<String> row(Item item, List<String> recordColumns) {
        List<String> row = new ArrayList<>(List.of(String.valueOf(item.id()), String.valueOf(item.seq())));
        row.add(item.result());
        row.add(item.reasonCode());
        row.add(item.reason());
        row.add(item.suggestedAction());
        row.add(String.valueOf(item.attempts()));
        row.add(item.output());
        row.add(item.resolution());
        Map<String, String> values = Payloads.fromJson(item.payload());
        recordColumns.forEach(column -> row.add(values.get(column)));
        return row;
    }

    /** The run's record columns, except one that would shadow a Verdict column of the same name. */
    static List<String> recordColumns(Run run) {
        return run.getColumns().stream()
                .filter(column -> !ReportColumns.VERDICT.contains(column))
                .toList();
    }
}
