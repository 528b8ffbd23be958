package io.verdict.web.run;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.ProcessService;
import io.verdict.result.Result;
import io.verdict.run.PendingPolicy;
import io.verdict.run.RelaunchMode;
import io.verdict.run.Resolution;
import io.verdict.run.Run;
import io.verdict.run.RunQueryService;
import io.verdict.run.RunRow;
import io.verdict.run.RunService;
import io.verdict.run.StopMode;
import io.verdict.summary.MailState;
import io.verdict.summary.SummaryMails;
import io.verdict.web.console.ConsoleFormat;
import io.verdict.web.console.ConsoleMessages;
import io.verdict.web.console.ConsoleText;
import io.verdict.web.console.ConsoleUploads;
import io.verdict.web.console.KeysetPages;
import io.verdict.web.summary.MailJson;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /console/run.xhtml?id=N} (and {@code &from=R}, its items from record R on): a run's summary, its items
 * filtered by result and text, the pending
 * checklist while it waits, and its export. The export is a form post (protected by the view state) whose response
 * streams the workbook as {@link RunQueryService#export} writes it, row by row.
 */
@Named
@ViewScoped
public class RunView implements Serializable {

    @Inject
    transient RunService runs;

    @Inject
    transient RunQueryService queries;

    @Inject
    SummaryMails summaryMails;

    @Inject
    ConsoleFormat format;

    @Inject
    transient ProcessService processes;

    private long id;
    private RunJson run;
    private List<RunJson> children = List.of();
    private DiagnosisJson diagnosis;
    private boolean workedByRobots;
    private MailJson mail;
    private Result[] results = {};
    private String text;
    private Integer from;
    private Long fromAfterId;
    private KeysetPages<ItemJson> items;
    private List<ItemJson> selected = new ArrayList<>();
    private RelaunchMode relaunchMode = RelaunchMode.FAILED;
    private StopMode stopMode = StopMode.FINISH;
    private PendingPolicy stopPending = PendingPolicy.FAILED;
    private Resolution resolution = Resolution.DISCARD;
    private String note;
    private transient UploadedFile correctedFile;

    /**
     * Reads the run named by the {@code id} parameter once, when the page is opened; an unknown or missing id answers
     * 404. Postbacks keep the id in the view.
     */
    public void load() throws IOException {
        try {
            refresh();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        startFrom();
        workedByRobots = processes.definition(run.process()).external();
        items = new KeysetPages<>(
                (limit, afterId) ->
                        queries
                                .items(id, Set.of(results), text, limit, afterId == null ? fromAfterId : afterId)
                                .stream()
                                .map(ItemJson::of)
                                .toList(),
                ItemJson::id);
    }

    /** The navigation outcome that opens the run's page. */
    public static String outcome(Run run) {
        return "/console/run?faces-redirect=true&id=" + run.getId();
    }

    /** The run's counts and state as they are now: the page polls while the run is not finished. */
    public void refresh() {
        RunRow current = queries.row(id);
        run = RunJson.of(current);
        children = queries.children(id).stream().map(RunJson::of).toList();
        diagnosis = current.run().isPending() ? DiagnosisJson.of(current.run(), queries.diagnose(id)) : null;
        mail = summaryMails.of(id).map(MailJson::of).orElse(null);
    }

    /**
     * Applies the result and text filters to the items table, from the record asked for on: a run of ten million
     * records is read from its five millionth as fast as from its first.
     */
    public void search() {
        startFrom();
        items.restart("runForm:items");
    }

    /** The table starts after the item before record {@code from}; a record below 1 is refused and it starts at 1. */
    private void startFrom() {
        try {
            fromAfterId = from == null ? null : queries.itemIdBefore(id, from);
        } catch (InvalidRequestException refused) {
            ConsoleMessages.refused(refused);
            from = null;
            fromAfterId = null;
        }
    }

    /** Relaunches the chosen records in a new run and opens it; a refusal (nothing to relaunch) is shown. */
    public String relaunch() {
        try {
            Run child = runs.relaunch(
                    id, relaunchMode, selected.stream().map(ItemJson::id).toList());
            return outcome(child);
        } catch (ConflictException | InvalidRequestException refused) {
            ConsoleMessages.refused(refused);
            return null;
        }
    }

    /**
     * Relaunches the records of the uploaded corrected file (the failures export, edited; its {@code ItemId} column
     * names each record's item) and opens the new run; a refused file is explained and nothing is created.
     */
    public String relaunchCorrected() {
        return ConsoleUploads.read(correctedFile, input -> {
                    Run child = runs.relaunchCorrected(id, input);
                    ConsoleMessages.infoAfterRedirect(
                            "run.correctedAccepted", correctedFile.getFileName(), child.getTotal(), child.getNumber());
                    return outcome(child);
                })
                .orElse(null);
    }

    public void stop() {
        try {
            runs.stop(id, stopMode, stopPending);
            refresh();
            ConsoleMessages.info("run.stopped", run.number(), run.state().name());
        } catch (ConflictException refused) {
            ConsoleMessages.refused(refused);
        }
    }

    /**
     * Resolves the selected failed items with the chosen action and note, each on its own: the ones refused (already
     * resolved, say) are named, the others stay resolved. The run settles when no failure is left.
     */
    public void resolve() {
        int resolved = 0;
        for (ItemJson item : selected) {
            try {
                runs.resolve(item.id(), resolution, note);
                resolved++;
            } catch (ConflictException | InvalidRequestException refused) {
                ConsoleMessages.error("run.itemRefused", item.seq(), refused.getMessage());
            }
        }
        if (resolved > 0) {
            ConsoleMessages.info("run.resolved", resolved, resolution.name());
            note = null;
        }
        selected = new ArrayList<>();
        items.restart("runForm:items");
        refresh();
    }

    public void exportFailures() throws IOException {
        export(Set.of(Result.KO, Result.ERROR), "failures");
    }

    public void exportAll() throws IOException {
        export(Set.of(), "all");
    }

    private void export(Set<Result> wanted, String suffix) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(Uploads.XLSX);
        response.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"" + run.process() + "-run-" + run.number() + "-" + suffix + ".xlsx\"");
        queries.export(id, wanted, response.getResponseOutputStream());
        faces.responseComplete();
    }

    /** The item's record as one line of its values, in column order: what the operator looks at to correct it. */
    public String record(ItemJson item) {
        return String.join(" · ", item.payload().values());
    }

    /** What became of the run's summary e-mail, in a sentence; null when it has none. */
    public String getMailStatus() {
        if (mail == null) {
            return null;
        }
        String to = String.join(", ", mail.recipients());
        return switch (mail.state()) {
            case SENT -> ConsoleText.of("run.mailSent", to, format.time(mail.sentAt()));
            case PENDING ->
                mail.lastError() == null
                        ? ConsoleText.of("run.mailSending", to)
                        : ConsoleText.of("run.mailRetrying", to, mail.lastError(), format.time(mail.nextAttemptAt()));
            case FAILED -> ConsoleText.of("run.mailFailed", to, mail.attempts(), mail.lastError());
        };
    }

    /** Whether the page has nothing more to wait for: the run has ended and its summary is sent or given up. */
    public boolean isSettled() {
        return isFinished() && (mail == null || mail.state() != MailState.PENDING);
    }

    /** Whether the run has ended; a page opened without a run (a bad id) counts as ended and stops polling. */
    public boolean isFinished() {
        return run == null || run.state().isFinished();
    }

    public Result[] getResultOptions() {
        return Result.values();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public RunJson getRun() {
        return run;
    }

    public List<RunJson> getChildren() {
        return children;
    }

    public UploadedFile getCorrectedFile() {
        return correctedFile;
    }

    public void setCorrectedFile(UploadedFile correctedFile) {
        this.correctedFile = correctedFile;
    }

    /** Whether external robots work the run's records: the items table then says which robot worked each. */
    public boolean isWorkedByRobots() {
        return workedByRobots;
    }

    public DiagnosisJson getDiagnosis() {
        return diagnosis;
    }

    public KeysetPages<ItemJson> getItems() {
        return items;
    }

    public Result[] getResults() {
        return results;
    }

    public void setResults(Result[] results) {
        this.results = results == null ? new Result[0] : results;
    }

    public List<ItemJson> getSelected() {
        return selected;
    }

    public void setSelected(List<ItemJson> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public RelaunchMode getRelaunchMode() {
        return relaunchMode;
    }

    public void setRelaunchMode(RelaunchMode relaunchMode) {
        this.relaunchMode = relaunchMode;
    }

    public StopMode getStopMode() {
        return stopMode;
    }

    public void setStopMode(StopMode stopMode) {
        this.stopMode = stopMode;
    }

    public PendingPolicy getStopPending() {
        return stopPending;
    }

    public void setStopPending(PendingPolicy stopPending) {
        this.stopPending = stopPending;
    }

    public Resolution getResolution() {
        return resolution;
    }

    public void setResolution(Resolution resolution) {
        this.resolution = resolution;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The record number the items table starts at; null: the first. */
    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
