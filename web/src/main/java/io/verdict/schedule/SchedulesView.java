package io.verdict.schedule;

import io.verdict.console.ConsoleMessages;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.Process;
import io.verdict.process.ProcessService;
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
 * zone (clock changes marked) and its ledger. Administrators add, pause, resume and delete schedules.
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
    private String zone = ScheduleResource.DEFAULT_ZONE;
    private List<PreviewJson> preview = List.of();
    private List<FiringJson> ledger = List.of();

    private String process;
    private int hour = 8;
    private int minute;
    private DayOfWeek[] days = {};
    private Integer dayOfMonth;
    private List<LocalDate> exclusions = new ArrayList<>();
    private Misfire misfire = Misfire.FIRE_ONCE;
    private String robot;

    @PostConstruct
    void load() {
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
                    .map(PreviewJson::of)
                    .toList();
            ledger = schedules.firings(chosenId, LEDGER, null).stream()
                    .map(FiringJson::of)
                    .toList();
        } catch (NotFoundException gone) {
            chosenId = null;
            ConsoleMessages.error(gone.getMessage());
        }
    }

    public void add() {
        try {
            TreeSet<LocalDate> excluded = new TreeSet<>(exclusions);
            Schedule created = schedules.create(new ScheduleChange(
                    process,
                    new ScheduleRule(
                            hour, minute, days.length == 0 ? null : EnumSet.of(days[0], days), dayOfMonth, excluded),
                    true,
                    robot == null || robot.isBlank() ? null : robot,
                    misfire));
            ConsoleMessages.info("Schedule " + created.getId() + " added.");
            chosenId = created.getId();
            load();
        } catch (InvalidRequestException | ConflictException refused) {
            ConsoleMessages.error(refused.getMessage());
        }
    }

    public void setActive(long id, boolean active) {
        try {
            schedules.change(id, current -> ScheduleChange.of(current).withActive(active));
            ConsoleMessages.info("Schedule " + id + (active ? " resumed." : " paused."));
        } catch (NotFoundException | InvalidRequestException | ConflictException refused) {
            ConsoleMessages.error(refused.getMessage());
        }
        load();
    }

    public void delete(long id) {
        try {
            schedules.delete(id);
            ConsoleMessages.info("Schedule " + id + " deleted.");
        } catch (NotFoundException gone) {
            ConsoleMessages.error(gone.getMessage());
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
                    ? "last day of the month"
                    : "day " + schedule.dayOfMonth() + " of the month";
        }
        return schedule.daysOfWeek().size() == 7 ? "every day" : String.join(", ", schedule.daysOfWeek());
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

    public Long getChosenId() {
        return chosenId;
    }

    public List<PreviewJson> getPreview() {
        return preview;
    }

    public List<FiringJson> getLedger() {
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
