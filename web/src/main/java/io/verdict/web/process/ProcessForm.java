package io.verdict.web.process;

import io.verdict.error.InvalidRequestException;
import io.verdict.process.Process;
import io.verdict.process.ProcessChange;
import io.verdict.process.ProcessDeclaration;
import io.verdict.process.ProcessDefinition;
import io.verdict.process.ProcessService;
import io.verdict.web.console.ConsoleMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs the process dialog of {@code /console/processes.xhtml} (admins): declaring a process from a template (name,
 * description, columns one per line, key column, settings) or editing a process's settings. The service checks the
 * whole form and a refusal names every field at fault; the dialog then stays open with what was typed.
 */
@Named
@ViewScoped
public class ProcessForm implements Serializable {

    @Inject
    transient ProcessService processes;

    @Inject
    ProcessesView list;

    /** The process being edited; null while declaring a new one. */
    private String editing;

    private String template;
    private String name;
    private String description;
    private String columns;
    private String keyColumn;
    private int maxAttempts;
    private int backoffMs;
    private int leaseSeconds;
    private int maxLeases;
    private boolean workedByRobots;
    private String robot;
    private List<SettingField> settings = List.of();

    /** Opens the dialog on a new process of the first template, with the template's defaults. */
    public void declare() {
        editing = null;
        name = null;
        description = null;
        columns = null;
        keyColumn = null;
        ProcessChange defaults = ProcessChange.defaults();
        maxAttempts = defaults.maxAttempts();
        backoffMs = defaults.backoffMs();
        leaseSeconds = defaults.leaseSeconds();
        maxLeases = defaults.maxLeases();
        robot = null;
        template = getTemplates().isEmpty() ? null : getTemplates().get(0);
        templateChosen();
    }

    /** Shows the chosen template's settings, at their defaults, and the lease's when robots work it. */
    public void templateChosen() {
        Optional<ProcessDefinition> chosen = processes.templates().stream()
                .filter(definition -> definition.job().equals(template))
                .findFirst();
        settings = chosen.map(definition -> fields(definition, Map.of())).orElse(List.of());
        workedByRobots = chosen.map(ProcessDefinition::external).orElse(false);
    }

    /** Opens the dialog on a process's current settings. */
    public void edit(String process) {
        Process current = processes.require(process);
        editing = process;
        name = process;
        maxAttempts = current.getMaxAttempts();
        backoffMs = current.getBackoffMs();
        leaseSeconds = current.getLeaseSeconds();
        maxLeases = current.getMaxLeases();
        robot = current.getRobot();
        ProcessDefinition definition = processes.definition(process);
        settings = fields(definition, current.getSettings());
        workedByRobots = definition.external();
    }

    /** Declares the process or saves its settings; a refusal is shown and the dialog stays open. */
    public void save() {
        try {
            if (editing == null) {
                processes.declare(
                        new ProcessDeclaration(name, template, description, lines(columns), keyColumn),
                        change(ProcessChange.defaults()));
                ConsoleMessages.info("processes.declared", name);
            } else {
                processes.change(editing, change(processes.require(editing).current()));
                ConsoleMessages.info("processes.changed", editing);
            }
            list.load();
        } catch (InvalidRequestException refused) {
            ConsoleMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private ProcessChange change(ProcessChange base) {
        Map<String, String> changed = new LinkedHashMap<>();
        settings.stream()
                .filter(SettingField::changesDefault)
                .forEach(field -> changed.put(field.getName(), field.getValue()));
        return new ProcessChange(
                robot == null || robot.isBlank() ? null : robot,
                maxAttempts,
                backoffMs,
                base.chunkSize(),
                base.partitions(),
                leaseSeconds,
                maxLeases,
                base.minRobotVersion(),
                base.concurrentRuns(),
                base.recipients(),
                base.retentionDays(),
                base.mailFolder(),
                changed,
                base.active());
    }

    private static List<SettingField> fields(ProcessDefinition definition, Map<String, String> changed) {
        return definition.changeableSettings().stream()
                .map(setting -> new SettingField(
                        setting,
                        definition.defaults().get(setting),
                        changed.getOrDefault(setting, definition.defaults().get(setting))))
                .toList();
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .filter(line -> !line.isBlank())
                        .toList();
    }

    /** Whether the dialog declares a new process rather than editing one. */
    public boolean isDeclaring() {
        return editing == null;
    }

    public List<String> getTemplates() {
        return processes.templates().stream().map(ProcessDefinition::job).toList();
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getColumns() {
        return columns;
    }

    public void setColumns(String columns) {
        this.columns = columns;
    }

    public String getKeyColumn() {
        return keyColumn;
    }

    public void setKeyColumn(String keyColumn) {
        this.keyColumn = keyColumn;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getBackoffMs() {
        return backoffMs;
    }

    public void setBackoffMs(int backoffMs) {
        this.backoffMs = backoffMs;
    }

    /** Whether external robots work the process: the dialog then shows its lease fields. */
    public boolean isWorkedByRobots() {
        return workedByRobots;
    }

    public int getLeaseSeconds() {
        return leaseSeconds;
    }

    public void setLeaseSeconds(int leaseSeconds) {
        this.leaseSeconds = leaseSeconds;
    }

    public int getMaxLeases() {
        return maxLeases;
    }

    public void setMaxLeases(int maxLeases) {
        this.maxLeases = maxLeases;
    }

    public String getRobot() {
        return robot;
    }

    public void setRobot(String robot) {
        this.robot = robot;
    }

    public List<SettingField> getSettings() {
        return settings;
    }
}
