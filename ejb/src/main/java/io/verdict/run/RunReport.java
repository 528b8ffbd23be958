package io.verdict.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The layout of a run's Excel report: Verdict's columns first (the item id, so that an edited report can be uploaded
 * back as a corrected file), then the record's own columns in input order.
 */
public final class RunReport {

    public static final String ITEM_ID = "ItemId";
    static final List<String> VERDICT_COLUMNS = List.of(
            ITEM_ID, "Seq", "Result", "ReasonCode", "Reason", "SuggestedAction", "Attempts", "Output", "Resolution");

    private RunReport() {}

    public static List<String> headers(Run run) {
        List<String> headers = new ArrayList<>(VERDICT_COLUMNS);
        run.getColumns().stream().filter(column -> !VERDICT_COLUMNS.contains(column)).forEach(headers::add);
        return headers;
    }

    public static List<String> row(WorkItem item, Run run) {
        List<String> row = new ArrayList<>();
        row.add(String.valueOf(item.getId()));
        row.add(String.valueOf(item.getSeq()));
        row.add(item.getResult() == null ? item.getState().name() : item.getResult().name());
        row.add(item.getReasonCode() == null ? null : item.getReasonCode().name());
        row.add(item.getReason());
        row.add(item.getSuggestedAction());
        row.add(String.valueOf(item.getAttempts()));
        row.add(item.getOutput());
        row.add(item.getResolution() == null ? null : item.getResolution().name());
        Map<String, String> values = Payloads.fromJson(item.getPayload());
        run.getColumns().stream()
                .filter(column -> !VERDICT_COLUMNS.contains(column))
                .forEach(column -> row.add(values.get(column)));
        return row;
    }
}
