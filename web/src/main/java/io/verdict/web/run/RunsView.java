package io.verdict.web.run;

import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import io.verdict.run.RunFilter;
import io.verdict.run.RunQueryService;
import io.verdict.run.RunState;
import io.verdict.run.Trigger;
import io.verdict.time.GmtDays;
import io.verdict.web.console.KeysetPages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /console/runs.xhtml}, the executions panel: every run, newest first, filtered by process, state, trigger
 * and creation date (GMT days), paged by keyset. The filters are view parameters, so a filtered panel is a link.
 */
@Named
@ViewScoped
public class RunsView implements Serializable {

    @Inject
    transient RunQueryService queries;

    @Inject
    transient ProcessService processes;

    private String process;
    private RunState[] states = {};
    private Trigger trigger;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private KeysetPages<RunJson> pages;

    @PostConstruct
    void init() {
        pages = new KeysetPages<>(
                (limit, afterId) -> queries.page(filter(), limit, afterId).stream()
                        .map(RunJson::of)
                        .toList(),
                RunJson::id);
    }

    /** Applies changed filters: the panel starts again at the newest run. */
    public void search() {
        pages.restart("runsForm:runs");
    }

    public List<String> getProcessNames() {
        return processes.list().stream().map(Process::getName).toList();
    }

    public RunState[] getStateOptions() {
        return RunState.values();
    }

    public Trigger[] getTriggerOptions() {
        return Trigger.values();
    }

    private RunFilter filter() {
        return new RunFilter(
                process == null || process.isBlank() ? null : process,
                Set.of(states),
                trigger == null ? Set.of() : Set.of(trigger),
                GmtDays.start(from),
                GmtDays.end(to),
                text);
    }

    public KeysetPages<RunJson> getPages() {
        return pages;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public RunState[] getStates() {
        return states;
    }

    public void setStates(RunState[] states) {
        this.states = states == null ? new RunState[0] : states;
    }

    /** One state, as a link to the panel names it ({@code ?state=PENDING}). */
    public RunState getState() {
        return states.length == 1 ? states[0] : null;
    }

    public void setState(RunState state) {
        this.states = state == null ? new RunState[0] : new RunState[] {state};
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public void setTrigger(Trigger trigger) {
        this.trigger = trigger;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
