package io.verdict.run;

import io.verdict.input.InputRejectedException;
import java.io.IOException;
import java.util.List;

/** Where a new run's records come from: an uploaded file, JSON items, or the items of a run being relaunched. */
@FunctionalInterface
public interface RunInput {

    /** Streams the records to the sink; {@code requiredColumns} are the columns the process needs. */
    void forEach(List<String> requiredColumns, RecordSink sink) throws InputRejectedException, IOException;
}
