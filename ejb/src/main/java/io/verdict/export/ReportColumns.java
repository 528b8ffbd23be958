package io.verdict.export;

import java.util.List;
import java.util.Locale;

/**
 * The columns Verdict puts first in every run's report, before the record's own: a process's columns must not share
 * their names, or the report could not show both and an edited report could not be read back.
 */
public final class ReportColumns {

    /** The column naming each row's item, so that an edited report can be uploaded back as a corrected file. */
    public static final String ITEM_ID = "ItemId";

    /** Verdict's columns, in the order the report shows them. */
    public static final List<String> VERDICT = List.of(
            ITEM_ID, "Seq", "Result", "ReasonCode", "Reason", "SuggestedAction", "Attempts", "Output", "Resolution");

    private ReportColumns() {}

    /** Whether a record column of this name, in any case, would clash with one of Verdict's. */
    public static boolean isVerdicts(String column) {
        return VERDICT.stream().anyMatch(own -> own.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)));
    }
}
