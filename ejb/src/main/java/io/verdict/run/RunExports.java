package io.verdict.run;

import io.verdict.export.XlsxReportWriter;
import io.verdict.result.Result;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * Writes a run's items as its .xlsx report, row by row as they are read: the console's and the API's downloads and the
 * summary e-mail's attachment are one and the same file.
 */
@ApplicationScoped
public class RunExports {

    @Inject
    WorkItemRows items;

    /**
     * The items with the given results (all when empty), in sequence, under the run's column headers. A failure to
     * write leaves as the {@link IOException} it was, such as the caller's stream refusing more bytes, and leaves the
     * workbook unfinished: a download cut short is never a valid, shorter report.
     */
    public void write(Run run, Collection<Result> results, OutputStream out) throws IOException {
        List<String> recordColumns = RunReport.recordColumns(run);
        XlsxReportWriter report = new XlsxReportWriter(out, "Run " + run.getNumber(), RunReport.headers(run));
        try {
            items.forEachReportItem(run.getId(), results, item -> report.row(RunReport.row(item, recordColumns)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        report.close();
    }
}
