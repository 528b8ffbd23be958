package io.verdict.run;

import io.verdict.export.ReportColumns;
import io.verdict.input.InputRejectedException;
import io.verdict.input.RecordReader;
import io.verdict.result.Result;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's exported report, corrected by a person and uploaded back: each row names its item in the ItemId column and
 * carries the corrected record. Every row must name a failed item of that run, once; otherwise the whole file is
 * rejected with the row at fault.
 */
final class CorrectedFile implements RunInput {

    private final FileInput file;
    private final Run parent;
    private final WorkItems workItems;

    CorrectedFile(FileInput file, Run parent, WorkItems workItems) {
        this.file = file;
        this.parent = parent;
        this.workItems = workItems;
    }

    @Override
    public void forEach(List<String> requiredColumns, RecordSink sink) throws InputRejectedException, IOException {
        List<String> columns = parent.getColumns();
        List<String> required = new ArrayList<>(List.of(ReportColumns.ITEM_ID));
        required.addAll(columns);
        Set<Long> seen = new HashSet<>();
        new RecordReader(required, FileInput.MAX_RECORDS).read(file.format(), file.content(), record -> {
            long origin = originOf(record.row(), record.values().get(ReportColumns.ITEM_ID), seen);
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach(column -> values.put(column, record.values().get(column)));
            sink.add(values, origin);
        });
    }

    private long originOf(int row, String itemIdText, Set<Long> seen) throws InputRejectedException {
        long itemId;
        try {
            itemId = Long.parseLong(itemIdText.strip());
        } catch (NumberFormatException e) {
            throw new InputRejectedException(row, ReportColumns.ITEM_ID, "\"" + itemIdText + "\" is not an item id");
        }
        WorkItem item = workItems.find(itemId).orElse(null);
        if (item == null || !item.getRunId().equals(parent.getId())) {
            throw new InputRejectedException(
                    row, ReportColumns.ITEM_ID, "item " + itemId + " is not in run " + parent.getNumber());
        }
        if (item.getResult() == Result.OK || item.getResolution() == Resolution.RELAUNCHED) {
            throw new InputRejectedException(
                    row, ReportColumns.ITEM_ID, "item " + itemId + " already succeeded; remove the row");
        }
        if (workItems.beingRelaunched(itemId)) {
            throw new InputRejectedException(
                    row, ReportColumns.ITEM_ID, "item " + itemId + " is being relaunched already; wait for that run");
        }
        if (!seen.add(itemId)) {
            throw new InputRejectedException(row, ReportColumns.ITEM_ID, "item " + itemId + " appears twice");
        }
        return itemId;
    }
}
