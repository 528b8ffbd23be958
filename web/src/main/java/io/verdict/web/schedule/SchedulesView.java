package io.verdict.web.schedule;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import io.verdict.schedule.Misfire;
import io.verdict.schedule.Schedule;
import io.verdict.schedule.ScheduleChange;
import io.verdict.schedule.ScheduleRule;
import io.verdict.schedule.ScheduleService;
import io.verdict.web.console.ConsoleMessages;
import io.verdict.web.console.ConsoleText;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Backs {@code /console/schedules.xhtml}: the schedules in GMT; for the one chosen, its coming firings in the display
 * zone (clock changes marked) and its ledger. Administrators add, change, pause, resume and delete schedules.
 */
@Named
@ViewScoped
public class SchedulesView implements Serializable {

    static final int PREVIEW = 10, LEDGER = 50;

    @Inject
    transient ScheduleService schedules;

    @Inject
    transient ProcessService processes;

    private List<ScheduleJson> rows;
    private Long chosenId;
    private Long editingId;
    private String zone = ScheduleResource.DEFAULT_ZONE;
    private List<ComingDueTimeJson> preview = List.of();
    private List<LedgerLineJson> ledger = List.of();

    private String process;
    private int hour;
    private int minute;
    private DayOfWeek[] days;
    private Integer dayOfMonth;
    private List<LocalDate> exclusions;
    private Misfire misfire;
    private String robot;

    @PostConstruct
    void init() {
        cancelEdit();
        load();
    }

    private void load() {
        rows = schedules.list().stream().map(ScheduleJson::of).toList();
        if (chosenId != null && rows.stream().noneMatch(row -> row.id() == chosenId)) {
            chosenId = null;
        }
        showChosen();
    }

    /** Shows the coming firings and the ledger of the schedule. */
    public void choose(long id) {
        chosenId = id;
        showChosen();
    }

    /** Shows the preview again in the zone just picked. */
    public void showChosen() {
        if (chosenId == null) {
            preview = List.of();
            ledger = List.of();
            return;
        }
        try {
            preview = schedules.preview(chosenId, PREVIEW, ZoneId.of(zone), Instant.now()).stream()
                    .map(ComingDueTimeJson::of)
                    .toList();
            ledger = schedules.firings(chosenId, LEDGER, null).stream()
                    .map(LedgerLineJson::of)
                    .toList();
        } catch (NotFoundException gone) {
            chosenId = null;
            ConsoleMessages.refused(gone);
        }
    }

    /** Fills the form with the schedule, to change it in place; {@link #save} then changes it. */
    public void edit(long id) {
        try {
            Schedule schedule = schedules.require(id);
            ScheduleRule rule = schedule.rule();
            editingId = id;
            process = schedule.getProcess().getName();
            hour = rule.hour();
            minute = rule.minute();
            days = rule.dayOfMonth() != null || rule.daysOfWeek().size() == DayOfWeek.values().length
                    ? new DayOfWeek[0]
                    : rule.daysOfWeek().toArray(DayOfWeek[]::new);
            dayOfMonth = rule.dayOfMonth();
            exclusions = new ArrayList<>(rule.exclusions());
            misfire = schedule.getMisfire();
            robot = schedule.getRobot();
        } catch (NotFoundException gone) {
            ConsoleMessages.refused(gone);
            load();
        }
    }

    /** Leaves the schedule being edited as it was; the form is blank again (08:00 GMT, every day) and adds one. */
    public void cancelEdit() {
        editingId = null;
        hour = 8;
        minute = 0;
        days = new DayOfWeek[0];
        dayOfMonth = null;
        exclusions = new ArrayList<>();
        misfire = Misfire.FIRE_ONCE;
        robot = null;
    }

    /**
     * Adds the schedule in the form, or changes the one being edited: its rule, process, robot and misfire policy
     * are replaced under its row lock, and it stays active or paused as it was.
     */
    public void save() {
        try {
            ScheduleRule rule = new ScheduleRule(
                    hour,
                    minute,
                    days.length == 0 ? null : EnumSet.of(days[0], days),
                    dayOfMonth,
                    new TreeSet<>(exclusions));
            String chosenRobot = robot == null || robot.isBlank() ? null : robot;
            if (editingId == null) {
                Schedule created = schedules.create(new ScheduleChange(process, rule, true, chosenRobot, misfire));
                ConsoleMessages.info("schedules.added", created.getId());
                chosenId = created.getId();
            } else {
                schedules.change(
                        editingId,
                        current -> new ScheduleChange(process, rule, current.isActive(), chosenRobot, misfire));
                ConsoleMessages.info("schedules.changed", editingId);
                chosenId = editingId;
                cancelEdit();
            }
            load();
        } catch (NotFoundException | InvalidRequestException | ConflictException refused) {
            ConsoleMessages.refused(refused);
        }
    }

    public void setActive(long id, boolean active) {
        try {
            schedules.change(id, current -> ScheduleChange.of(current).withActive(active));
            ConsoleMessages.info(active ? "schedules.resumedMessage" : "schedules.pausedMessage", id);
        } catch (NotFoundException | InvalidRequestException | ConflictException refused) {
            ConsoleMessages.refused(refused);
        }
        load();
    }

    public void delete(long id) {
        try {
            schedules.delete(id);
            ConsoleMessages.info("schedules.deleted", id);
        } catch (NotFoundException gone) {
            ConsoleMessages.refused(gone);
        }
        load();
    }

    public List<String> getProcessNames() {
        return processes.list().stream().map(Process::getName).toList();
    }

    public DayOfWeek[] getDayOptions() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek day) {
        return ScheduleRule.abbreviation(day);
    }

    /** The schedule's days in words: {@code MON, FRI}, {@code every day}, {@code day 15}, {@code last day}. */
    public String days(ScheduleJson schedule) {
        if (schedule.dayOfMonth() != null) {
            return schedule.dayOfMonth() == ScheduleRule.LAST_DAY
                    ? ConsoleText.of("schedules.daysLast")
                    : ConsoleText.of("schedules.daysDay", schedule.dayOfMonth());
        }
        return schedule.daysOfWeek().size() == DayOfWeek.values().length
                ? ConsoleText.of("schedules.daysEvery")
                : String.join(", ", schedule.daysOfWeek());
    }

    public List<String> getZones() {
        return List.of(
                "Europe/Madrid",
                "Europe/London",
                "Europe/Lisbon",
                "America/New_York",
                "America/Mexico_City",
                "Asia/Tokyo",
                "UTC");
    }

    public Misfire[] getMisfires() {
        return Misfire.values();
    }

    public List<ScheduleJson> getRows() {
        return rows;
    }

    /** The form's title: a new schedule, or the one being changed. */
    public String getFormHeader() {
        return editingId == null ? ConsoleText.of("schedules.new") : ConsoleText.of("schedules.editing", editingId);
    }

    public String getComingHeader() {
        return chosenId == null ? "" : ConsoleText.of("schedules.coming", chosenId);
    }

    /** The schedule the form changes; null while it adds a new one. */
    public Long getEditingId() {
        return editingId;
    }

    public Long getChosenId() {
        return chosenId;
    }

    public List<ComingDueTimeJson> getPreview() {
        return preview;
    }

    public List<LedgerLineJson> getLedger() {
        return ledger;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getProcess() {
        return process;
    }

    public void setProcess(String process) {
        this.process = process;
    }

    public int getHour() {
        return hour;
    }

    public void setHour(int hour) {
        this.hour = hour;
    }

    public int getMinute() {
        return minute;
    }

    public void setMinute(int minute) {
        this.minute = minute;
    }

    public DayOfWeek[] getDays() {
        return days;
    }

    public void setDays(DayOfWeek[] days) {
        this.days = days == null ? new DayOfWeek[0] : days;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public List<LocalDate> getExclusions() {
        return exclusions;
    }

    public void setExclusions(List<LocalDate> exclusions) {
        this.exclusions = exclusions == null ? new ArrayList<>() : new ArrayList<>(exclusions);
    }

    public Misfire getMisfire() {
        return misfire;
    }

    public void setMisfire(Misfire misfire) {
        this.misfire = misfire;
    }

    public String getRobot() {
        return robot;
    }

    public void setRobot(String robot) {
        this.robot = robot;
    }
}
