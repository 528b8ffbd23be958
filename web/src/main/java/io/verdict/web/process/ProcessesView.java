package io.verdict.web.process;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.ProcessService;
import io.verdict.run.Launch;
import io.verdict.run.Run;
import io.verdict.run.RunService;
import io.verdict.run.Trigger;
import io.verdict.web.console.ConsoleMessages;
import io.verdict.web.console.ConsoleText;
import io.verdict.web.console.ConsoleUploads;
import io.verdict.web.run.RunView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /console/processes.xhtml}: the processes and their settings, and starting a run from an uploaded file.
 * The file is validated whole before the run exists: a refusal names the row and column at fault and creates nothing;
 * an accepted file opens the new run, whose page says what it waits for. Admins also retire a process, bring it back,
 * or delete a declared one that never ran ({@link ProcessForm} declares and edits).
 */
@Named
@ViewScoped
public class ProcessesView implements Serializable {

    @Inject
    transient ProcessService processes;

    @Inject
    transient RunService runs;

    private List<ProcessJson> rows;
    private String starting;
    private transient UploadedFile file;
    private boolean dryRun;

    @PostConstruct
    public void load() {
        rows = processes.list().stream()
                .map(process -> ProcessJson.of(process, processes))
                .toList();
    }

    /** Chooses the process the start dialog starts a run of. */
    public void prepareStart(String process) {
        starting = process;
        file = null;
        dryRun = false;
    }

    /** Starts a run of the chosen process from the uploaded file and opens it; a refused file is explained here. */
    public String start() {
        return ConsoleUploads.read(file, input -> {
                    Run run = runs.start(starting, input, dryRun, Launch.by(Trigger.MANUAL));
                    ConsoleMessages.infoAfterRedirect(
                            "processes.started",
                            file.getFileName(),
                            run.getNumber(),
                            dryRun ? 1 : 0,
                            starting,
                            run.getTotal());
                    return RunView.outcome(run);
                })
                .orElse(null);
    }

    /** Retires the process ({@code false}: no new runs, history kept) or brings it back. */
    public void changeActive(String process, boolean active) {
        try {
            processes.change(process, processes.require(process).current().withActive(active));
            ConsoleMessages.info(active ? "processes.broughtBack" : "processes.retired", process);
        } catch (InvalidRequestException | NotFoundException refused) {
            ConsoleMessages.refused(refused);
        }
        load();
    }

    /** Deletes a declared process that has never run; a refusal (it has runs, schedules or secrets) is shown. */
    public void delete(String process) {
        try {
            processes.delete(process);
            ConsoleMessages.info("processes.deleted", process);
        } catch (ConflictException | NotFoundException refused) {
            ConsoleMessages.refused(refused);
        }
        load();
    }

    /** What the confirmation says before a process is deleted. */
    public String deleteWarning(String process) {
        return ConsoleText.of("processes.deleteMessage", process);
    }

    public List<ProcessJson> getRows() {
        return rows;
    }

    /** The start dialog's title, naming the process. */
    public String getStartHeader() {
        return starting == null ? "" : ConsoleText.of("processes.startHeader", starting);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
