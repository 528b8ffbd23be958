package io.verdict.process;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /console/processes.xhtml}: the deployed processes and their settings. */
@Named
@ViewScoped
public class ProcessListView implements Serializable {

    @Inject
    transient ProcessService processes;

    private List<ProcessJson> rows;

    @PostConstruct
    void load() {
        rows = processes.list().stream()
                .map(process -> ProcessJson.of(process, processes.settings(process.getName())))
                .toList();
    }

    public List<ProcessJson> getRows() {
        return rows;
    }
}
